package io.sellercenter.sellers.internal;

import io.sellercenter.accounts.AccountLookup;
import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.billing.ProviderCode;
import io.sellercenter.billing.SandboxCheckout;
import io.sellercenter.catalog.Categories;
import io.sellercenter.documents.DemoDocuments;
import io.sellercenter.review.Decision;
import io.sellercenter.review.ReviewDecisions;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode: {@code seller@demo.local} settled in through the real flow (certification approved by
 * the demo reviewer, deposit paid at the sandbox provider, one approved brand, one official store);
 * {@code seller2@demo.local} with its certification waiting in the review queue.
 */
@Component
@Order(1)
@ConditionalOnBooleanProperty(name = "sellercenter.demo", matchIfMissing = true)
class DemoSettling implements ApplicationRunner {

    private final AccountLookup accounts;
    private final CertificationManagement certifications;
    private final MajorCategories majorCategories;
    private final CategoryQualifications qualifications;
    private final BrandManagement brands;
    private final StoreManagement stores;
    private final Categories categories;
    private final DemoDocuments documents;
    private final ReviewDecisions reviews;
    private final SandboxCheckout sandbox;

    DemoSettling(
            AccountLookup accounts,
            CertificationManagement certifications,
            MajorCategories majorCategories,
            CategoryQualifications qualifications,
            BrandManagement brands,
            StoreManagement stores,
            Categories categories,
            DemoDocuments documents,
            ReviewDecisions reviews,
            SandboxCheckout sandbox) {
        this.accounts = accounts;
        this.certifications = certifications;
        this.majorCategories = majorCategories;
        this.qualifications = qualifications;
        this.brands = brands;
        this.stores = stores;
        this.categories = categories;
        this.documents = documents;
        this.reviews = reviews;
        this.sandbox = sandbox;
    }

    @Override
    public void run(ApplicationArguments args) {
        var reviewer = accounts.byEmail("reviewer@demo.local").orElseThrow();
        accounts.byEmail("seller@demo.local").ifPresent(seller -> settle(seller, reviewer));
        accounts.byEmail("seller2@demo.local").ifPresent(this::waitInReview);
    }

    private void settle(CurrentAccount seller, CurrentAccount reviewer) {
        if (certifications.find(seller.sellerId().value()).isPresent()) {
            return;
        }
        var license = documents.image(seller, "营业执照 Business License", "91440300MA5FX1K20W");
        certifications.save(
                seller,
                new Certification.Details(
                        "Shenzhen Demo Trading Co., Ltd.",
                        "91440300MA5FX1K20W",
                        "Chen Jing",
                        "440305198506120023",
                        license));
        var reviewId = certifications
                .submit(seller, seller.displayName())
                .certification()
                .reviewId();
        reviews.decide(reviewer, reviewId, Decision.APPROVE, List.of(), "License and legal representative match.");

        var electronics = categories.all().stream()
                .filter(c -> c.isTopLevel() && c.nameEn().equals("Consumer Electronics"))
                .findFirst()
                .orElseThrow();
        majorCategories.choose(seller, electronics.categoryId());
        var payment = majorCategories.payDeposit(seller, ProviderCode.ALIPAY_INTL);
        var parts = payment.payUrl().split("/");
        sandbox.settle(parts[2], parts[4], true);

        var electronicsSubCategories = categories.all().stream()
                .filter(c -> c.parentId() != null && c.parentId() == electronics.categoryId())
                .toList();
        var phoneAccessories = electronicsSubCategories.getFirst();
        var brand = brands.apply(
                seller,
                new Brand.Terms(
                        "Voltix",
                        "45231876",
                        Brand.Ownership.OWNED,
                        true,
                        documents.image(seller, "商标注册证 Trademark Certificate", "No. 45231876"),
                        null,
                        Set.of(phoneAccessories.categoryId())));
        reviews.decide(reviewer, brand.reviewId(), Decision.APPROVE, List.of(), "Registered trademark, class 9.");
        // the second review (R-S6): the trademark authorization for the sub-category asked for with the brand
        reviews.decide(
                reviewer,
                brands.authorizations(seller, brand.id()).getFirst().reviewId(),
                Decision.APPROVE,
                List.of(),
                "Class 9 covers phone accessories.");
        awaitDeposit(seller);
        stores.open(seller, "Voltix Official Store", StoreManagement.StoreType.OFFICIAL, Set.of(brand.id()));
        // the reviewer's queue shows a brand's request for one more sub-category
        brands.requestSubCategories(
                seller, brand.id(), Set.of(electronicsSubCategories.get(1).categoryId()), null);
    }

    private void waitInReview(CurrentAccount seller) {
        if (certifications.find(seller.sellerId().value()).isPresent()) {
            return;
        }
        var license = documents.image(seller, "营业执照 Business License", "91330782MA2EC3XY47");
        certifications.save(
                seller,
                new Certification.Details(
                        "Yiwu Sunrise Toys Co., Ltd.", "91330782MA2EC3XY47", "Wang Li", "330782199003150021", license));
        certifications.submit(seller, seller.displayName());
        // a major category that requires a qualification document: its review waits in the queue too (R-S4)
        var toys = categories.all().stream()
                .filter(c -> c.isTopLevel() && c.nameEn().equals("Toys & Hobbies"))
                .findFirst()
                .orElseThrow();
        majorCategories.choose(seller, toys.categoryId());
        for (var q : toys.requiredQualifications()) {
            qualifications.provide(
                    seller, q.code(), documents.image(seller, q.nameZh() + " " + q.nameEn(), "EN 71-1:2014"));
        }
        qualifications.submit(seller);
    }

    /** The sandbox provider notifies over HTTP, asynchronously, as a real one does. */
    private void awaitDeposit(CurrentAccount seller) {
        for (int i = 0; i < 200; i++) {
            if (majorCategories.find(seller.sellerId().value()).orElseThrow().depositPaid()) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("the demo deposit notification did not arrive");
    }
}
