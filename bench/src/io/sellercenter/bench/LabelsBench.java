package io.sellercenter.bench;

import com.google.zxing.oned.Code128Writer;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Workload 2: 10,000 labels of one seller in one merged PDF, asked for over HTTP and read as it
 * streams (database → PDF → socket). The limit: the same pages with only the barcode and the text
 * drawn straight with PDFBox and a standard font, no database, no HTTP.
 */
final class LabelsBench {

    private LabelsBench() {}

    static Map<String, Object> run(BenchApp app, Sellers.Seller seller, int count, int runs) throws Exception {
        var ids = logisticsOrders(app, seller, count);
        var ours = new ArrayList<Double>();
        var heapUsed = new ArrayList<Double>();
        var heapAfterGc = new ArrayList<Double>();
        var bytesPerLabel = new ArrayList<Double>();
        var limit = new ArrayList<Double>();
        var sameFont = new ArrayList<Double>();
        var body = BenchApp.JSON.writeValueAsString(Map.of("logisticsOrderIds", ids));
        // two untimed full-size rounds, ours and the limits', so the measured runs see compiled code
        for (int warmUp = 0; warmUp < 2; warmUp++) {
            liveGrowthMb(app, seller, body);
            rawPdfBox(count, false);
            rawPdfBox(count, true);
        }
        checkOnePagePerLabel(app, seller, body, count);
        for (int run = 0; run < runs; run++) {
            try (var heap = new HeapProbe()) {
                var start = System.nanoTime();
                var response = app.http.send(
                        HttpRequest.newBuilder(URI.create(app.base + "/api/v1/labels"))
                                .header("Authorization", "Bearer " + seller.token())
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                long bytes;
                try (var in = response.body()) {
                    bytes = in.transferTo(OutputStream.nullOutputStream());
                }
                var seconds = (System.nanoTime() - start) / 1e9;
                if (response.statusCode() != 200 || bytes < count * 500L) {
                    throw new IllegalStateException("labels → " + response.statusCode() + ", " + bytes + " bytes");
                }
                ours.add(count / seconds);
                bytesPerLabel.add((double) bytes / count);
                heapUsed.add(heap.growth().peakUsedMb());
                heapAfterGc.add(heap.growth().peakAfterGcMb());
            }
            limit.add(rawPdfBox(count, false));
            sameFont.add(rawPdfBox(count, true));
            System.out.printf(
                    "  labels run %d: %.0f labels/s, %.0f bytes/label, heap +%.0f MB; raw PDFBox %.0f labels/s, with the CJK font %.0f%n",
                    run + 1,
                    ours.getLast(),
                    bytesPerLabel.getLast(),
                    heapUsed.getLast(),
                    limit.getLast(),
                    sameFont.getLast());
        }
        var live = liveGrowthMb(app, seller, body);
        System.out.printf("  labels: live heap growth while streaming %.1f MB%n", live);
        var result = new LinkedHashMap<String, Object>();
        result.put("labels", count);
        result.put("runs", runs);
        result.put("labelsPerSecond", Stats.round(Stats.median(ours), 0));
        result.put("bytesPerLabel", Stats.round(Stats.median(bytesPerLabel), 0));
        result.put("peakHeapGrowthMb", Stats.median(heapUsed));
        result.put("peakHeapAfterGcGrowthMb", Stats.median(heapAfterGc));
        result.put("liveHeapGrowthMb", live);
        result.put("limitLabelsPerSecond", Stats.round(Stats.median(limit), 0));
        result.put("oursOverLimit", Stats.round(Stats.median(ours) / Stats.median(limit), 2));
        result.put("limitWithCjkFontLabelsPerSecond", Stats.round(Stats.median(sameFont), 0));
        result.put("oursOverLimitWithCjkFont", Stats.round(Stats.median(ours) / Stats.median(sameFont), 2));
        result.put(
                "allRuns",
                Map.of(
                        "labelsPerSecond",
                        ours,
                        "limitLabelsPerSecond",
                        limit,
                        "limitWithCjkFontLabelsPerSecond",
                        sameFont));
        return result;
    }

    /**
     * One more, untimed, request that reads the PDF 64 KB at a time and takes the heap in use after
     * a full collection at every megabyte: the most the streaming keeps alive at once.
     */
    private static double liveGrowthMb(BenchApp app, Sellers.Seller seller, String body) throws Exception {
        var baseline = HeapProbe.liveBytes();
        var peak = baseline;
        var response = app.http.send(
                HttpRequest.newBuilder(URI.create(app.base + "/api/v1/labels"))
                        .header("Authorization", "Bearer " + seller.token())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (var in = response.body()) {
            var buffer = new byte[64 * 1024];
            long read = 0;
            long next = 1 << 20;
            for (int n; (n = in.read(buffer)) > 0; ) {
                read += n;
                if (read >= next) {
                    peak = Math.max(peak, HeapProbe.liveBytes());
                    next += 1 << 20;
                }
            }
        }
        return HeapProbe.mb(peak - baseline);
    }

    /** Untimed: the streamed PDF read back whole holds a page per label (the timed runs check size only). */
    private static void checkOnePagePerLabel(BenchApp app, Sellers.Seller seller, String body, int count)
            throws Exception {
        var response = app.http.send(
                HttpRequest.newBuilder(URI.create(app.base + "/api/v1/labels"))
                        .header("Authorization", "Bearer " + seller.token())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        try (var pdf = Loader.loadPDF(response.body())) {
            if (response.statusCode() != 200 || pdf.getNumberOfPages() != count) {
                throw new IllegalStateException(
                        "labels → " + response.statusCode() + ", " + pdf.getNumberOfPages() + " pages for " + count);
            }
        }
    }

    /** The seller's {@code count} logistics orders: one created through the API, the rest copies of it by SQL. */
    private static List<Long> logisticsOrders(BenchApp app, Sellers.Seller seller, int count) {
        var order = Sellers.paidOrders(app, List.of(seller), 1).getFirst().getFirst();
        var template = BenchApp.check(
                        app.post("/api/v1/logistics-orders", seller.token(), Sellers.logisticsOrder(order)),
                        201,
                        "logistics order")
                .json()
                .get("logisticsOrderId")
                .asLong();
        var ids = new ArrayList<Long>();
        ids.add(template);
        ids.addAll(
                app.jdbc.sql("""
                        insert into logistics_orders (version, seller_id, order_id, service_code, lp_number, intl_tracking_no, status,
                          pickup_type, undeliverable_decision, transit_warehouse_code, goods_type, destination_country, receiver, sender,
                          declared_items, package, estimated_freight_minor, currency, created_at)
                        select 0, seller_id, -g, service_code, 'LPB' || lpad(g::text, 12, '0'), 'CNB' || lpad(g::text, 12, '0'),
                          status, pickup_type, undeliverable_decision, transit_warehouse_code, goods_type, destination_country,
                          receiver, sender, declared_items, package, estimated_freight_minor, currency, created_at
                        from logistics_orders, generate_series(1, ?) g where id = ? returning id""").params(count - 1, template).query(Long.class).list());
        return ids;
    }

    /**
     * The limit: barcode and text only, straight into one PDFBox document, in Helvetica (not
     * embedded) — or, as a second reference, in the labels' own CJK font, subset and embedded.
     */
    private static double rawPdfBox(int count, boolean cjkFont) throws Exception {
        var side = 100f / 25.4f * 72f;
        var start = System.nanoTime();
        try (var document = new PDDocument();
                var ttf = cjkFont ? notoSansSc() : null) {
            PDFont font = cjkFont
                    ? PDType0Font.load(document, ttf, true)
                    : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 0; i < count; i++) {
                var waybill = "CNB" + String.format("%012d", i);
                var page = new PDPage(new PDRectangle(side, side));
                document.addPage(page);
                try (var cs = new PDPageContentStream(document, page)) {
                    var modules = new Code128Writer().encode(waybill);
                    var width = (side - 36) / modules.length;
                    var run = 0;
                    for (int m = 0; m <= modules.length; m++) {
                        if (m < modules.length && modules[m]) {
                            run++;
                        } else if (run > 0) {
                            cs.addRect(18 + (m - run) * width, side - 82, run * width, 46);
                            run = 0;
                        }
                    }
                    cs.fill();
                    var lines = List.of(
                            "CAINIAO STANDARD   SZX-01",
                            waybill,
                            "LP" + waybill + "   Order " + i,
                            (cjkFont ? "From 寄件人: 陈静" : "From: Chen Jing") + ", 18 Xixiang Avenue, Shenzhen 518102 CN",
                            "To: Emma Johnson, 742 Evergreen Terrace, New York NY 10001 US",
                            cjkFont ? "RETURN 退回" : "RETURN");
                    var y = side - 100;
                    for (var line : lines) {
                        cs.beginText();
                        cs.setFont(font, 8);
                        cs.newLineAtOffset(10, y);
                        cs.showText(line);
                        cs.endText();
                        y -= 14;
                    }
                }
            }
            document.save(OutputStream.nullOutputStream());
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private static TrueTypeFont notoSansSc() throws Exception {
        try (var in = LabelsBench.class.getResourceAsStream("/labels/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf")) {
            var ttf = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            ttf.setEnableGsub(false);
            return ttf;
        }
    }
}
