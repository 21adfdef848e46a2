package io.sellercenter.orders.web;

import java.util.Arrays;
import java.util.List;

/** The steps of shipping online, each with the form fields it asks for; the last is the final check (R-H10). */
public enum OnlineStep {
    SERVICE(List.of("serviceCode", "confirmServiceMismatch")),
    GOODS(List.of("weightGrams", "lengthCm", "widthCm", "heightCm", "itemNameEn", "itemNameCn", "hsCode", "unitValue")),
    ADDRESSES(List.of(
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
    HANDOVER(List.of("pickupType", "askPickupOutsideRange", "undeliverableDecision")),
    CHECK(List.of());

    final List<String> fields;

    OnlineStep(List<String> fields) {
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
        return Arrays.stream(values()).flatMap(s -> s.fields.stream()).toList();
    }
}
