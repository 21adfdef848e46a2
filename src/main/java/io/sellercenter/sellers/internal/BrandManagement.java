package io.sellercenter.sellers.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.accounts.SellerId;
import io.sellercenter.catalog.Categories;
import io.sellercenter.catalog.Category;
import io.sellercenter.documents.DocumentCatalog;
import io.sellercenter.review.Decision;
import io.sellercenter.review.Material;
import io.sellercenter.review.Precheck;
import io.sellercenter.review.ReviewDecided;
import io.sellercenter.review.ReviewKind;
import io.sellercenter.review.ReviewSubmissions;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.InvalidInputException.FieldError;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.Rule;
import io.sellercenter.shared.RuleViolationException;
import io.sellercenter.shared.StateConflictException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/** Brands and their trademark authorization in sub-categories of the major category (R-S4, R-S6). */
@Service
public class BrandManagement {

    private final Brands brands;
    private final BrandAuthorizations authorizations;
    private final MajorCategories majorCategories;
    private final Categories categories;
    private final DocumentCatalog documents;
    private final ReviewSubmissions reviews;
    private final Clock clock;

    BrandManagement(
            Brands brands,
            BrandAuthorizations authorizations,
            MajorCategories majorCategories,
            Categories categories,
            DocumentCatalog documents,
            ReviewSubmissions reviews,
            Clock clock) {
        this.brands = brands;
        this.authorizations = authorizations;
        this.majorCategories = majorCategories;
        this.categories = categories;
        this.documents = documents;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** Adds a brand and sends it to review. */
    @Transactional
    public Brand apply(CurrentAccount me, Brand.Terms terms) {
        var seller = me.requirePermission(Permission.PRODUCTS).value();
        check(seller, terms, 0);
        var brand = brands.save(Brand.apply(seller, terms, clock.instant()));
        return submit(brand);
    }

    /** Corrects a rejected brand and sends it back to review as a new revision. */
    @Transactional
    public Brand resubmit(CurrentAccount me, long brandId, Brand.Terms terms) {
        me.requirePermission(Permission.PRODUCTS);
        var brand = find(me, brandId);
        check(brand.sellerId(), terms, brandId);
        brand.resubmit(terms);
        return submit(brands.save(brand));
    }

    /**
     * Asks for more sub-categories of the major category under an approved brand: a new authorization, reviewed on
     * its own (R-S6). An authorized trademark needs the owner's letter covering them.
     */
    @Transactional
    public BrandAuthorization requestSubCategories(
            CurrentAccount me, long brandId, Set<Long> subCategoryIds, Long authorizationDocumentId) {
        me.requirePermission(Permission.PRODUCTS);
        var brand = find(me, brandId);
        var authorization = BrandAuthorization.request(brand, subCategoryIds, authorizationDocumentId, clock.instant());
        var seller = brand.sellerId();
        var errors = new ArrayList<FieldError>();
        if (brand.terms().ownership() == Brand.Ownership.AUTHORIZED && authorizationDocumentId == null) {
            errors.add(new FieldError("authorizationDocumentId", "REQUIRED_FOR_AUTHORIZED"));
        }
        if (authorizationDocumentId != null
                && documents
                        .owned(new SellerId(seller), authorizationDocumentId)
                        .isEmpty()) {
            errors.add(new FieldError("authorizationDocumentId", "DOCUMENT_NOT_FOUND"));
        }
        var pending = inReview(brandId);
        for (var sub : subCategoryIds) {
            if (categories.find(sub).isEmpty()) {
                errors.add(new FieldError("subCategoryIds", "UNKNOWN_CATEGORY"));
            } else if (brand.terms().subCategoryIds().contains(sub)) {
                errors.add(new FieldError("subCategoryIds", "SUB_CATEGORY_ALREADY_AUTHORIZED"));
            } else if (pending.contains(sub)) {
                errors.add(new FieldError("subCategoryIds", "SUB_CATEGORY_ALREADY_REQUESTED"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        requireWithinMajorCategory(seller, subCategoryIds);
        return submitAuthorization(brand, authorization);
    }

    /** The trademark authorization for sub-categories, in a review of its own (R-S6). */
    private BrandAuthorization submitAuthorization(Brand brand, BrandAuthorization authorization) {
        var seller = brand.sellerId();
        var subCategoryIds = authorization.subCategoryIds();
        var authorizationDocumentId = authorization.authorizationDocumentId();
        authorization = authorizations.save(authorization);
        var terms = brand.terms();
        var materials = trademark(seller, terms);
        materials.add(Material.value("authorizedSubCategories", names(terms.subCategoryIds())));
        materials.add(Material.value("requestedSubCategories", names(subCategoryIds)));
        if (authorizationDocumentId != null) {
            materials.add(document(seller, "authorizationLetter", authorizationDocumentId));
        }
        var reviewId = reviews.submit(
                ReviewKind.BRAND_AUTHORIZATION,
                new SellerId(seller),
                authorization.id(),
                terms.name() + " (" + terms.trademarkRegistrationNumber() + ") + " + names(subCategoryIds),
                materials,
                List.of(Precheck.passed("MATERIALS_COMPLETE"), Precheck.passed("SUB_CATEGORIES_IN_MAJOR_CATEGORY")));
        authorization.submitted(reviewId);
        return authorizations.save(authorization);
    }

    /** The sub-categories of the major category an approved brand may still ask for: neither authorized nor in review. */
    @Transactional(readOnly = true)
    public List<Category> requestable(CurrentAccount me, long brandId) {
        var brand = find(me, brandId);
        var taken = new HashSet<>(brand.terms().subCategoryIds());
        taken.addAll(inReview(brandId));
        return majorCategories.find(brand.sellerId()).stream()
                .flatMap(choice -> categories.within(choice.category().categoryId()).stream())
                .filter(c -> !c.isTopLevel() && !taken.contains(c.categoryId()))
                .toList();
    }

    private Set<Long> inReview(long brandId) {
        return authorizations.findByBrand(brandId).stream()
                .filter(a -> a.status() == Brand.Status.IN_REVIEW)
                .flatMap(a -> a.subCategoryIds().stream())
                .collect(Collectors.toSet());
    }

    /** The brand's later authorizations, newest first. */
    @Transactional(readOnly = true)
    public List<BrandAuthorization> authorizations(CurrentAccount me, long brandId) {
        return authorizations.findByBrand(find(me, brandId).id());
    }

    @Transactional(readOnly = true)
    public List<Brand> list(CurrentAccount me) {
        return brands.findBySeller(me.requireSeller().value());
    }

    @Transactional(readOnly = true)
    public Brand find(CurrentAccount me, long brandId) {
        var seller = me.requireSeller().value();
        return brands.findById(brandId)
                .filter(b -> b.sellerId() == seller)
                .orElseThrow(() -> new NotFoundException("brand"));
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ReviewDecided decided) {
        if (decided.kind() == ReviewKind.BRAND_AUTHORIZATION) {
            decide(authorizations.findById(decided.subjectId()).orElseThrow(), decided);
            return;
        }
        if (decided.kind() != ReviewKind.BRAND) {
            return;
        }
        var brand = brands.findById(decided.subjectId()).orElseThrow();
        if (decided.decision() == Decision.APPROVE) {
            brand.approve();
        } else {
            brand.reject(decided.reasonCodes().stream().map(Enum::name).toList(), decided.comment());
        }
        brand = brands.save(brand);
        // the publishing permission granted, the sub-categories asked for go to the second review (R-S6)
        if (brand.status() == Brand.Status.APPROVED
                && !brand.requestedSubCategoryIds().isEmpty()) {
            submitAuthorization(
                    brand,
                    BrandAuthorization.request(
                            brand,
                            brand.requestedSubCategoryIds(),
                            brand.terms().authorizationDocumentId(),
                            clock.instant()));
        }
    }

    private void decide(BrandAuthorization authorization, ReviewDecided decided) {
        if (decided.decision() == Decision.APPROVE) {
            authorization.approve();
            var brand = brands.findById(authorization.brandId()).orElseThrow();
            brand.authorize(authorization);
            brands.save(brand);
        } else {
            authorization.reject(decided.reasonCodes().stream().map(Enum::name).toList(), decided.comment());
        }
        authorizations.save(authorization);
    }

    /** The trademark as the reviewer sees it on every brand application: name, number, ownership, certificate. */
    private List<Material> trademark(long seller, Brand.Terms terms) {
        var materials = new ArrayList<Material>();
        materials.add(Material.value("brandName", terms.name()));
        materials.add(Material.value("trademarkRegistrationNumber", terms.trademarkRegistrationNumber()));
        materials.add(Material.value("ownership", terms.ownership().name()));
        if (terms.certificateDocumentId() != null) {
            materials.add(document(seller, "trademarkCertificate", terms.certificateDocumentId()));
        }
        return materials;
    }

    private String names(Set<Long> categoryIds) {
        return String.join(
                ", ",
                categoryIds.stream()
                        .sorted()
                        .map(id -> categories.get(id).nameEn())
                        .toList());
    }

    private Brand submit(Brand brand) {
        var terms = brand.terms();
        var materials = trademark(brand.sellerId(), terms);
        materials.add(Material.value("exclusive", String.valueOf(terms.exclusive())));
        if (terms.authorizationDocumentId() != null) {
            materials.add(document(brand.sellerId(), "authorizationLetter", terms.authorizationDocumentId()));
        }
        var reviewId = reviews.submit(
                ReviewKind.BRAND,
                new SellerId(brand.sellerId()),
                brand.id(),
                terms.name() + " (" + terms.trademarkRegistrationNumber() + ")",
                materials,
                List.of(Precheck.passed("MATERIALS_COMPLETE")));
        brand.submitted(reviewId);
        return brands.save(brand);
    }

    private Material document(long seller, String label, long documentId) {
        return Material.document(
                label,
                documentId,
                documents
                        .owned(new SellerId(seller), documentId)
                        .map(d -> d.contentType())
                        .orElse(""));
    }

    private void check(long seller, Brand.Terms terms, long exceptId) {
        majorCategory(seller);
        var errors = new ArrayList<FieldError>();
        if (terms.ownership() == Brand.Ownership.OWNED && terms.certificateDocumentId() == null) {
            errors.add(new FieldError("certificateDocumentId", "REQUIRED_FOR_OWNED"));
        }
        if (terms.ownership() == Brand.Ownership.AUTHORIZED && terms.authorizationDocumentId() == null) {
            errors.add(new FieldError("authorizationDocumentId", "REQUIRED_FOR_AUTHORIZED"));
        }
        for (var document : new Long[] {terms.certificateDocumentId(), terms.authorizationDocumentId()}) {
            if (document != null
                    && documents.owned(new SellerId(seller), document).isEmpty()) {
                errors.add(new FieldError(
                        document.equals(terms.certificateDocumentId())
                                ? "certificateDocumentId"
                                : "authorizationDocumentId",
                        "DOCUMENT_NOT_FOUND"));
            }
        }
        for (var sub : terms.subCategoryIds()) {
            if (categories.find(sub).isEmpty()) {
                errors.add(new FieldError("subCategoryIds", "UNKNOWN_CATEGORY"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        requireWithinMajorCategory(seller, terms.subCategoryIds());
        if (brands.trademarkTaken(seller, terms.trademarkRegistrationNumber(), exceptId)) {
            throw new StateConflictException("TRADEMARK_ALREADY_ADDED");
        }
    }

    private long majorCategory(long seller) {
        return majorCategories
                .find(seller)
                .orElseThrow(() -> new RuleViolationException(Rule.R_S4, "MAJOR_CATEGORY_REQUIRED"))
                .category()
                .categoryId();
    }

    private void requireWithinMajorCategory(long seller, Set<Long> subCategoryIds) {
        var majorId = majorCategory(seller);
        for (var sub : subCategoryIds) {
            if (sub == majorId || !categories.isWithin(sub, majorId)) {
                throw new RuleViolationException(Rule.R_S4, "SUB_CATEGORY_OUTSIDE_MAJOR_CATEGORY");
            }
        }
    }
}
