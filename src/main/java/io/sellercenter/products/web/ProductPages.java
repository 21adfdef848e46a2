package io.sellercenter.products.web;

import static io.sellercenter.shared.InputText.blankToNull;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.accounts.SellerId;
import io.sellercenter.catalog.Categories;
import io.sellercenter.products.Product;
import io.sellercenter.products.internal.ProductManagement;
import io.sellercenter.products.internal.ShipFromLocations;
import io.sellercenter.sellers.SellerProfiles;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.GoodsType;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.web.FormErrors;
import io.sellercenter.shared.web.Problems;
import io.sellercenter.warehouses.ShipFromCountries;
import jakarta.validation.Valid;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The seller's products: a filtered list, a form for a product with its SKUs, delisting, and where SKUs ship from. */
@Controller
@RequestMapping("/seller/products")
class ProductPages {

    private static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "CNY");

    private final ProductManagement products;
    private final ShipFromLocations shipFrom;
    private final SellerProfiles sellers;
    private final Categories categories;
    private final Problems problems;

    ProductPages(
            ProductManagement products,
            ShipFromLocations shipFrom,
            SellerProfiles sellers,
            Categories categories,
            Problems problems) {
        this.products = products;
        this.shipFrom = shipFrom;
        this.sellers = sellers;
        this.categories = categories;
        this.problems = problems;
    }

    @GetMapping
    String list(
            CurrentAccount me,
            @RequestParam(required = false) Long storeId,
            @RequestParam(required = false) Long categoryId,
            @RequestParam(required = false) GoodsType goodsType,
            @RequestParam(required = false) String shipFrom,
            @RequestParam(required = false) Product.Status status,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var seller = me.requirePermission(Permission.PRODUCTS).value();
        var filter = new ProductManagement.Filter(
                storeId, categoryId, goodsType, blankToNull(shipFrom), status, blankToNull(q));
        model.addAttribute("filter", filter);
        model.addAttribute("page", products.list(me, filter, new PageRequest(Math.max(0, page), 50)));
        model.addAttribute(
                "shipFromCountries",
                Stream.concat(Stream.of("CN"), ShipFromCountries.SUPPORTED.stream())
                        .toList());
        return choices(seller, model, "seller/products");
    }

    @GetMapping("/new")
    String create(CurrentAccount me, Model model) {
        var seller = me.requirePermission(Permission.PRODUCTS).value();
        model.addAttribute(
                "form",
                ProductForm.empty(
                        sellers.stores(new SellerId(seller)).stream()
                                .findFirst()
                                .map(SellerProfiles.StoreName::storeId)
                                .orElse(null),
                        sellers.majorCategoryId(new SellerId(seller)).orElse(null)));
        return form(me, null, model);
    }

    @PostMapping
    String create(
            CurrentAccount me,
            @Valid @ModelAttribute("form") ProductForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var created = new Product[1];
        if (FormErrors.saved(result, () -> created[0] = products.create(me, form.draft()))) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/seller/products/" + created[0].productId();
        }
        return form(me, null, model);
    }

    @GetMapping("/{id}")
    String edit(CurrentAccount me, @PathVariable long id, Model model) {
        var product = products.get(me, id);
        me.requirePermission(Permission.PRODUCTS);
        model.addAttribute("form", ProductForm.of(product));
        return form(me, product, model);
    }

    @PostMapping("/{id}")
    String change(
            CurrentAccount me,
            @PathVariable long id,
            @Valid @ModelAttribute("form") ProductForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var product = products.get(me, id);
        if (FormErrors.saved(result, () -> products.change(me, id, form.draft()))) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/seller/products/" + id;
        }
        return form(me, product, model);
    }

    @PostMapping("/{id}/delist")
    String delist(CurrentAccount me, @PathVariable long id) {
        products.delist(me, id);
        return "redirect:/seller/products/" + id;
    }

    @PostMapping("/{id}/relist")
    String relist(CurrentAccount me, @PathVariable long id) {
        products.relist(me, id);
        return "redirect:/seller/products/" + id;
    }

    /** Sets where each SKU ships from; a refusal comes back beside the ship-from section, nothing saved. */
    @PostMapping("/{id}/ship-from")
    String setShipFrom(
            CurrentAccount me,
            @PathVariable long id,
            @Valid ShipFromForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        products.get(me, id);
        if (result.hasErrors()) {
            redirect.addFlashAttribute(
                    "shipFromError", problems.of(400, "VALIDATION_FAILED").getDetail());
            return "redirect:/seller/products/" + id + "#ship-from";
        }
        try {
            shipFrom.set(me, id, form.ticked());
            redirect.addFlashAttribute("shipFromSaved", true);
        } catch (DomainException e) {
            redirect.addFlashAttribute("shipFromError", problems.explain(e));
        }
        return "redirect:/seller/products/" + id + "#ship-from";
    }

    private String form(CurrentAccount me, Product product, Model model) {
        var seller = me.requirePermission(Permission.PRODUCTS).value();
        model.addAttribute("product", product);
        if (product != null) {
            model.addAttribute("shipFromOptions", shipFrom.options(me, product.productId()));
            model.addAttribute(
                    "shipping",
                    product.shipFrom().stream()
                            .map(f -> f.skuCode() + "@" + f.warehouseId())
                            .collect(Collectors.toSet()));
        }
        var currencies = new LinkedHashSet<>(CURRENCIES);
        if (model.getAttribute("form") instanceof ProductForm f && f.skus() != null) {
            f.skus().stream()
                    .filter(s -> s != null && s.price() != null && s.price().currency() != null)
                    .forEach(s -> currencies.add(s.price().currency()));
        }
        model.addAttribute("currencies", currencies);
        model.addAttribute("goodsTypes", GoodsType.values());
        return choices(seller, model, "seller/product");
    }

    private String choices(long seller, Model model, String view) {
        model.addAttribute("stores", sellers.stores(new SellerId(seller)));
        model.addAttribute(
                "categories",
                sellers.majorCategoryId(new SellerId(seller))
                        .map(categories::within)
                        .orElse(List.of()));
        return view;
    }
}
