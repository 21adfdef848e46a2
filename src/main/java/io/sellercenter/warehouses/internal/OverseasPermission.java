package io.sellercenter.warehouses.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.accounts.SellerId;
import io.sellercenter.documents.DocumentCatalog;
import io.sellercenter.review.Decision;
import io.sellercenter.review.Material;
import io.sellercenter.review.Precheck;
import io.sellercenter.review.ReviewDecided;
import io.sellercenter.review.ReviewKind;
import io.sellercenter.review.ReviewSubmissions;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.Rule;
import io.sellercenter.shared.RuleViolationException;
import io.sellercenter.shared.StateConflictException;
import io.sellercenter.shared.Terms;
import io.sellercenter.warehouses.Warehouse;
import io.sellercenter.warehouses.Warehouses;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Overseas-warehouse permission (R-W1…R-W7): applications by the main account or any sub-account
 * with WAREHOUSES, prechecked before submission, reviewed by staff; approval grants the seller (all
 * its accounts at once, R-W4) the permission for the approved countries.
 */
@Service
public class OverseasPermission {

    public record View(
            OverseasApplication application, Warehouse warehouse, Materials materials, List<Precheck> precheck) {}

    private final OverseasApplications applications;
    private final OverseasPrechecks prechecks;
    private final Warehouses warehouses;
    private final ReviewSubmissions reviews;
    private final DocumentCatalog documents;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    OverseasPermission(
            OverseasApplications applications,
            OverseasPrechecks prechecks,
            Warehouses warehouses,
            ReviewSubmissions reviews,
            DocumentCatalog documents,
            JdbcClient jdbc,
            JsonMapper json,
            Clock clock) {
        this.applications = applications;
        this.prechecks = prechecks;
        this.warehouses = warehouses;
        this.reviews = reviews;
        this.documents = documents;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * One application per warehouse and revision: a warehouse's draft or rejected application is revised in place,
     * one in review is left alone until decided (409), and only an approved one makes room for a new.
     */
    @Transactional
    public View draft(CurrentAccount me, long warehouseId, List<String> countries, Materials materials) {
        var seller = me.requirePermission(Permission.WAREHOUSES).value();
        var warehouse = warehouse(seller, warehouseId);
        var open = applications.findOpen(seller, warehouse.warehouseId());
        if (open.isPresent()) {
            return change(me, open.get().id(), warehouseId, countries, materials);
        }
        var application = applications.save(OverseasApplication.draft(
                seller,
                warehouse.warehouseId(),
                normalize(countries),
                json.writeValueAsString(materials),
                me.id().value(),
                clock.instant()));
        return view(application);
    }

    @Transactional
    public View change(
            CurrentAccount me, long applicationId, long warehouseId, List<String> countries, Materials materials) {
        var application = find(me, applicationId);
        me.requirePermission(Permission.WAREHOUSES);
        var warehouse = warehouse(application.sellerId(), warehouseId);
        if (application.status() == OverseasApplication.Status.IN_REVIEW) {
            throw new StateConflictException("APPLICATION_IN_REVIEW", application.id());
        }
        var other = applications
                .findOpen(application.sellerId(), warehouse.warehouseId())
                .filter(a -> !a.id().equals(application.id()));
        if (other.isPresent()) {
            throw new StateConflictException(
                    "WAREHOUSE_HAS_APPLICATION", other.get().id());
        }
        application.change(warehouse.warehouseId(), normalize(countries), json.writeValueAsString(materials));
        return view(applications.save(application));
    }

    /** Throws a draft away (409 once it has gone to review). */
    @Transactional
    public void discard(CurrentAccount me, long applicationId) {
        me.requirePermission(Permission.WAREHOUSES);
        var application = find(me, applicationId);
        application.discard();
        applications.delete(application);
    }

    @Transactional(readOnly = true)
    public View get(CurrentAccount me, long applicationId) {
        return view(find(me, applicationId));
    }

    @Transactional(readOnly = true)
    public List<View> list(CurrentAccount me) {
        return applications.findBySeller(me.requireSeller().value()).stream()
                .map(this::view)
                .toList();
    }

    /** Sends the application to review; refused (422) while a precheck fails, naming each. */
    @Transactional
    public View submit(CurrentAccount me, long applicationId) {
        me.requirePermission(Permission.WAREHOUSES);
        var view = view(find(me, applicationId));
        var failed = view.precheck().stream().filter(p -> !p.passed()).toList();
        if (!failed.isEmpty()) {
            throw new RuleViolationException(
                            Rule.R_W7,
                            "PRECHECK_FAILED",
                            Terms.of(
                                    "check",
                                    failed.stream().map(Precheck::check).toList()))
                    .with("failed", failed.stream().map(Precheck::reasonCode).toList());
        }
        var application = view.application();
        var w = view.warehouse();
        var m = view.materials();
        var materials = new ArrayList<Material>();
        materials.add(Material.value("warehouse", w.name() + " · " + w.country() + " · " + w.address()));
        materials.add(Material.value("countries", String.join(", ", application.countries())));
        materials.add(Material.value("warehouseKind", w.kind().name()));
        if (w.kind() == Warehouse.Kind.THIRD_PARTY) {
            materials.add(Material.value("providerName", m.providerName()));
            materials.add(Material.value("customerCode", m.customerCode()));
            materials.add(document(w.sellerId(), "contractPhoto", m.contractPhotoDocumentId()));
            m.systemScreenshotDocumentIds()
                    .forEach(id -> materials.add(document(w.sellerId(), "systemScreenshot", id)));
        } else {
            materials.add(Material.value("warehouseAddress", m.warehouseAddress()));
            m.firstLegProofDocumentIds().forEach(id -> materials.add(document(w.sellerId(), "firstLegProof", id)));
            materials.add(document(w.sellerId(), "customsTaxCertificate", m.customsTaxCertificateDocumentId()));
            materials.add(document(w.sellerId(), "storeIdPhoto", m.storeIdPhotoDocumentId()));
        }
        var reviewId = reviews.submit(
                ReviewKind.OVERSEAS_WAREHOUSE,
                new SellerId(application.sellerId()),
                application.id(),
                w.name() + " (" + w.country() + ")",
                materials,
                view.precheck());
        application.submitted(reviewId);
        return view(applications.save(application));
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ReviewDecided decided) {
        if (decided.kind() != ReviewKind.OVERSEAS_WAREHOUSE) {
            return;
        }
        var application = applications.findById(decided.subjectId()).orElseThrow();
        if (decided.decision() == Decision.APPROVE) {
            application.approve();
            for (var country : application.countries()) {
                jdbc.sql("""
                                insert into overseas_permissions (seller_id, country, application_id, granted_at)
                                values (?, ?, ?, ?) on conflict (seller_id, country) do nothing""")
                        .params(application.sellerId(), country, application.id(), Timestamp.from(clock.instant()))
                        .update();
            }
        } else {
            application.reject(decided.reasonCodes().stream().map(Enum::name).toList(), decided.comment());
        }
        applications.save(application);
    }

    private OverseasApplication find(CurrentAccount me, long applicationId) {
        var seller = me.requireSeller().value();
        return applications
                .findById(applicationId)
                .filter(a -> a.sellerId() == seller)
                .orElseThrow(() -> new NotFoundException("application"));
    }

    private View view(OverseasApplication application) {
        var warehouse = warehouses
                .find(new SellerId(application.sellerId()), application.warehouseId())
                .orElseThrow();
        var materials = json.readValue(application.materialsJson(), Materials.class);
        return new View(
                application,
                warehouse,
                materials,
                prechecks.run(application.sellerId(), warehouse, application.countries(), materials));
    }

    private Material document(long seller, String label, Long documentId) {
        return Material.document(
                label,
                documentId,
                documents
                        .owned(new SellerId(seller), documentId)
                        .map(d -> d.contentType())
                        .orElse(""));
    }

    private Warehouse warehouse(long seller, long warehouseId) {
        return warehouses
                .find(new SellerId(seller), warehouseId)
                .orElseThrow(() -> new InvalidInputException("warehouseId", "UNKNOWN_WAREHOUSE"));
    }

    /** ISO 3166 alpha-2 codes only: a name such as "Germany" is refused, never guessed into a code. */
    private static List<String> normalize(List<String> countries) {
        var iso = Set.of(Locale.getISOCountries());
        var codes = countries.stream()
                .map(c -> c.trim().toUpperCase(Locale.ROOT))
                .distinct()
                .toList();
        codes.stream().filter(c -> !iso.contains(c)).findFirst().ifPresent(c -> {
            throw new InvalidInputException(
                    List.of(new InvalidInputException.FieldError("countries", "UNKNOWN_COUNTRY", List.of(c))));
        });
        return codes;
    }
}
