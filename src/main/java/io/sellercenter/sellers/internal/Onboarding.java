package io.sellercenter.sellers.internal;

import io.sellercenter.billing.Payment;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The settling-in checklist: what is done, what comes next, what blocks opening a store. */
@Service
public class Onboarding {

    public enum Step {
        ACCOUNT,
        CERTIFICATION,
        MAJOR_CATEGORY,
        DEPOSIT,
        BRAND,
        STORE
    }

    public record StepState(Step step, boolean done, String status) {}

    public record Checklist(List<StepState> steps, Step next, boolean canOpenStore, List<String> storeBlockers) {}

    private final Certifications certifications;
    private final MajorCategories majorCategories;
    private final JdbcClient jdbc;

    Onboarding(Certifications certifications, MajorCategories majorCategories, JdbcClient jdbc) {
        this.certifications = certifications;
        this.majorCategories = majorCategories;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Checklist checklist(long seller) {
        var certification =
                certifications.findBySeller(seller).map(c -> c.status().name()).orElse("NOT_STARTED");
        var choice = majorCategories.find(seller);
        var deposit = choice.map(c -> c.depositPaid()
                        ? "PAID"
                        : c.latestPayment()
                                        .filter(p -> p.status() == Payment.Status.PENDING)
                                        .isPresent()
                                ? "PENDING"
                                : "UNPAID")
                .orElse("UNPAID");
        var approvedBrands = count("select count(*) from brands where seller_id = ? and status = 'APPROVED'", seller);
        var brandsInReview = count("select count(*) from brands where seller_id = ? and status = 'IN_REVIEW'", seller);
        var stores = count("select count(*) from stores where seller_id = ?", seller);
        var steps = List.of(
                new StepState(Step.ACCOUNT, true, "DONE"),
                new StepState(Step.CERTIFICATION, certification.equals("APPROVED"), certification),
                new StepState(
                        Step.MAJOR_CATEGORY,
                        choice.filter(MajorCategories.Choice::depositPayable).isPresent(),
                        choice.map(Onboarding::categoryStatus).orElse("NOT_CHOSEN")),
                new StepState(Step.DEPOSIT, deposit.equals("PAID"), deposit),
                new StepState(
                        Step.BRAND,
                        approvedBrands > 0,
                        approvedBrands > 0 ? "APPROVED" : brandsInReview > 0 ? "IN_REVIEW" : "NONE_APPROVED"),
                new StepState(Step.STORE, stores > 0, stores > 0 ? "OPEN" : "NONE"));
        var blockers = new ArrayList<>(settledInMissing(seller));
        if (approvedBrands == 0) {
            blockers.add("BRAND_APPROVED");
        }
        var next = steps.stream()
                .filter(s -> !s.done())
                .map(StepState::step)
                .findFirst()
                .orElse(null);
        return new Checklist(steps, next, blockers.isEmpty(), blockers);
    }

    /** What a seller lacks, brands aside, before any store can open (R-S1, R-S3, R-S4, R-S5). */
    List<String> settledInMissing(long seller) {
        var missing = new ArrayList<String>();
        if (certifications
                .findBySeller(seller)
                .filter(c -> c.status() == Certification.Status.APPROVED)
                .isEmpty()) {
            missing.add("CERTIFICATION_APPROVED");
        }
        var choice = majorCategories.find(seller);
        if (choice.isEmpty()) {
            missing.add("MAJOR_CATEGORY_CHOSEN");
        }
        if (choice.filter(MajorCategories.Choice::depositPaid).isEmpty()) {
            missing.add("DEPOSIT_PAID");
        }
        return missing;
    }

    /** Chosen, or what its qualification documents still wait for (R-S4). */
    private static String categoryStatus(MajorCategories.Choice choice) {
        return switch (choice.qualifications().status()) {
            case DRAFT -> "QUALIFICATIONS_MISSING";
            case IN_REVIEW, REJECTED -> choice.qualifications().status().name();
            case NOT_REQUIRED, APPROVED -> "CHOSEN";
        };
    }

    private long count(String sql, long seller) {
        return jdbc.sql(sql).param(seller).query(Long.class).single();
    }
}
