package io.sellercenter.warehouses;

import io.sellercenter.accounts.SellerId;
import io.sellercenter.shared.Money;
import io.sellercenter.warehouses.internal.OverseasFees;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** What an overseas warehouse charges for an order it packs and ships locally (R-W8): handling and last mile. */
@Service
public class FulfilmentFees {

    public record Fee(String kind, Money amount, String basis) {}

    private final OverseasFees fees;

    FulfilmentFees(OverseasFees fees) {
        this.fees = fees;
    }

    /** The fees on the SKUs and quantities shipped; empty when the warehouse has no fee schedule. */
    public Optional<List<Fee>> quote(SellerId seller, long warehouseId, Map<String, Integer> skus) {
        return fees.fulfilment(seller, warehouseId, skus)
                .map(lines -> lines.stream()
                        .map(l -> new Fee(l.kind().name(), l.amount(), l.basis()))
                        .toList());
    }
}
