package io.sellercenter.shipping.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sellercenter.shared.PostalAddress;
import io.sellercenter.shipping.DeclaredItem;
import io.sellercenter.shipping.UndeliverableDecision;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LabelRendererTest {

    private static final LabelRenderer RENDERER = new LabelRenderer();

    /**
     * Addresses of 10 to 200 Chinese characters without spaces or 10 to 300 Latin ones in words, seeded
     * so that a failure repeats.
     */
    static Stream<String> addresses() {
        var random = new Random(20261202);
        var chinese = "广东省深圳市宝安区西乡街道大道科技创新园座楼室号路巷村镇县";
        var cases = new ArrayList<String>();
        for (int i = 0; i < 40; i++) {
            var address = new StringBuilder();
            var length = 10 + random.nextInt(i % 2 == 0 ? 190 : 290);
            while (address.length() < length) {
                if (i % 2 == 0) {
                    address.append(chinese.charAt(random.nextInt(chinese.length())));
                } else {
                    address.append("Avenue").append(random.nextInt(1000)).append(' ');
                }
            }
            cases.add(address.toString().strip());
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("addresses")
    @DisplayName("R-H8 the label prints the whole sender and receiver address, however long, on its one page")
    void printsWholeAddress(String address) throws Exception {
        var pdf = new ByteArrayOutputStream();
        RENDERER.render(List.of(label(address)), pdf);

        try (var document = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains(address.replaceAll("\\s+", ""), "DESTROY", "CN22", "CNB000000001");
            assertThat(text.indexOf(address.replaceAll("\\s+", "")))
                    .as("sender and receiver")
                    .isNotEqualTo(text.lastIndexOf(address.replaceAll("\\s+", "")));
        }
    }

    @Test
    @DisplayName("R-H15 label batches rendered at once share the parsed font and each holds its own pages and text")
    void rendersConcurrentBatches() throws Exception {
        var addresses = addresses().limit(8).toList();
        try (var threads = Executors.newFixedThreadPool(addresses.size())) {
            var pdfs = new ArrayList<Future<byte[]>>();
            for (var address : addresses) {
                pdfs.add(threads.submit(() -> {
                    var pdf = new ByteArrayOutputStream();
                    RENDERER.render(Collections.nCopies(200, label(address)), pdf);
                    return pdf.toByteArray();
                }));
            }
            for (int i = 0; i < addresses.size(); i++) {
                try (var document = Loader.loadPDF(pdfs.get(i).get())) {
                    assertThat(document.getNumberOfPages()).isEqualTo(200);
                    var stripper = new PDFTextStripper();
                    stripper.setStartPage(200);
                    assertThat(stripper.getText(document).replaceAll("\\s+", ""))
                            .contains(addresses.get(i).replaceAll("\\s+", ""));
                }
            }
        }
    }

    @Test
    @DisplayName(
            "R-H15 a batch that fails half-way leaves its PDF unfinished, never a whole-looking file with labels missing")
    void leavesAFailedBatchUnfinished() {
        var pdf = new ByteArrayOutputStream();
        var chunks = Stream.<Supplier<List<Label>>>of(() -> Collections.nCopies(50, label("18 Xixiang Avenue")), () -> {
                    throw new IllegalStateException("database gone");
                })
                .map(Supplier::get)
                .iterator();

        assertThatThrownBy(() -> RENDERER.render(chunks, pdf)).hasMessage("database gone");
        assertThat(pdf.toString(StandardCharsets.ISO_8859_1))
                .as("pages were streamed, but no trailer")
                .startsWith("%PDF")
                .doesNotContain("%%EOF");
    }

    private static Label label(String address) {
        var place = new PostalAddress("陈静", null, "CN", null, "Shenzhen", address, "518102");
        return new Label(
                1,
                2,
                "LP000000000001",
                "CNB000000001",
                "China Post Registered Air Mail",
                true,
                "SZX-01",
                UndeliverableDecision.DESTROY,
                place,
                place,
                List.of(new DeclaredItem("Earbuds", "耳机", "851830", 2, new BigDecimal("9.90"), 120)),
                300);
    }
}
