package io.sellercenter.products.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.products.internal.ProductManagement;
import io.sellercenter.products.internal.ShipFromLocations;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.warehouses.Warehouses;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The seller's products with their SKUs, and where each ships from. */
@Controller
@RequestMapping("/seller/products")
class ProductPages {

    private final ProductManagement products;
    private final ShipFromLocations shipFrom;
    private final Warehouses warehouses;

    ProductPages(ProductManagement products, ShipFromLocations shipFrom, Warehouses warehouses) {
        this.products = products;
        this.shipFrom = shipFrom;
        this.warehouses = warehouses;
    }

    @GetMapping
    String list(CurrentAccount me, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", products.list(me, new PageRequest(Math.max(0, page), 50)));
        model.addAttribute("warehouses", warehouses.list(me.requireSeller().value()));
        return "seller/products";
    }

    /** Ships every SKU of the product from the chosen warehouse (its country); errors show beside the product. */
    @PostMapping("/{id}/ship-from")
    String setShipFrom(CurrentAccount me, @PathVariable long id, @RequestParam long warehouseId, Model model) {
        var seller = me.requireSeller().value();
        var warehouse = warehouses.find(seller, warehouseId);
        try {
            shipFrom.set(
                    me,
                    id,
                    warehouse
                            .map(w -> List.of(new ShipFromLocations.Location(w.country(), w.warehouseId(), null)))
                            .orElse(List.of()));
            return "redirect:/seller/products?saved=" + id;
        } catch (DomainException e) {
            model.addAttribute("problem", e);
            model.addAttribute("problemProduct", id);
            return list(me, 0, model);
        }
    }
}
