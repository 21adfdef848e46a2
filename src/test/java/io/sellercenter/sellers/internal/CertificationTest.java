package io.sellercenter.sellers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sellercenter.sellers.internal.Certification.Status;
import io.sellercenter.shared.StateConflictException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertificationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final Certification.Details DETAILS =
            new Certification.Details("Co", "91440300MA5FX1K20W", "Chen", "440305198506120023", 1L);

    private static Certification in(Status status) {
        var c = Certification.draft(1, NOW);
        if (status == Status.DRAFT) {
            return c;
        }
        c.submitted(10, NOW);
        switch (status) {
            case APPROVED -> c.approve(NOW);
            case REJECTED -> c.reject(List.of("LICENSE_UNREADABLE"), "blurred", NOW);
            default -> {}
        }
        return c;
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
        "DRAFT, DRAFT, true",
        "DRAFT, IN_REVIEW, true",
        "DRAFT, APPROVED, false",
        "DRAFT, REJECTED, false",
        "IN_REVIEW, DRAFT, false",
        "IN_REVIEW, IN_REVIEW, false",
        "IN_REVIEW, APPROVED, true",
        "IN_REVIEW, REJECTED, true",
        "APPROVED, DRAFT, false",
        "APPROVED, IN_REVIEW, false",
        "APPROVED, APPROVED, false",
        "APPROVED, REJECTED, false",
        "REJECTED, DRAFT, true",
        "REJECTED, IN_REVIEW, false",
        "REJECTED, APPROVED, false",
        "REJECTED, REJECTED, false"
    })
    @DisplayName("R-S3 every move of the certification, legal and illegal")
    void everyMove(Status from, Status to, boolean legal) {
        var certification = in(from);
        Runnable move = switch (to) {
            case DRAFT -> () -> certification.change(DETAILS, NOW);
            case IN_REVIEW -> () -> certification.submitted(11, NOW);
            case APPROVED -> () -> certification.approve(NOW);
            case REJECTED -> () -> certification.reject(List.of("OTHER"), null, NOW);
        };
        if (legal) {
            move.run();
            assertThat(certification.status()).isEqualTo(to);
        } else {
            assertThatThrownBy(move::run)
                    .isInstanceOf(StateConflictException.class)
                    .hasMessageContaining(from.name())
                    .hasMessageContaining(to.name());
            assertThat(certification.status()).isEqualTo(from);
        }
    }

    @Test
    @DisplayName("R-S3 a rejection keeps its reasons until the seller corrects and it is approved")
    void rejectionReasonsStayUntilApproved() {
        var certification = in(Status.REJECTED);
        assertThat(certification.rejectionReasons()).containsExactly("LICENSE_UNREADABLE");
        certification.change(DETAILS, NOW);
        assertThat(certification.rejectionReasons()).containsExactly("LICENSE_UNREADABLE");
        certification.submitted(12, NOW);
        certification.approve(NOW);
        assertThat(certification.rejectionReasons()).isEmpty();
    }
}
