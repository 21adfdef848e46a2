package io.sellercenter.orders.web;

import java.util.List;
import java.util.Set;

/** The steps of shipping online, each with the form fields it asks for; the last is the final check (R-H10). */
public enum OnlineStep {
    SERVICE(Set.of("serviceCode", "confirmServiceMismatch")),
    GOODS(Set.of("weightGrams", "lengthCm", "widthCm", "heightCm", "itemNameEn", "itemNameCn", "hsCode", "unitValue")),
    ADDRESSES(Set.of(
            "senderName",
            "senderMobile",
            "senderAddress",
            "senderCity",
            "senderZip",
            "receiverName",
            "receiverMobile",
            "receiverAddress",
            "receiverCity",
            "receiverProvince",
            "receiverZip")),
    HANDOVER(Set.of("pickupType", "undeliverableDecision")),
    CHECK(Set.of());

    final Set<String> fields;

    OnlineStep(Set<String> fields) {
        this.fields = fields;
    }

    /** 1 for the first step. */
    public int number() {
        return ordinal() + 1;
    }

    static OnlineStep of(int number) {
        return values()[Math.clamp(number, 1, values().length) - 1];
    }

    /** Every field of every step, in the order they are asked for: what travels hidden between steps. */
    static List<String> allFields() {
        return List.of(
                "serviceCode",
                "confirmServiceMismatch",
                "weightGrams",
                "lengthCm",
                "widthCm",
                "heightCm",
                "itemNameEn",
                "itemNameCn",
                "hsCode",
                "unitValue",
                "senderName",
                "senderMobile",
                "senderAddress",
                "senderCity",
                "senderZip",
                "receiverName",
                "receiverMobile",
                "receiverAddress",
                "receiverCity",
                "receiverProvince",
                "receiverZip",
                "pickupType",
                "undeliverableDecision");
    }
}
