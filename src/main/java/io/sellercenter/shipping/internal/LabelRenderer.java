package io.sellercenter.shipping.internal;

import com.google.zxing.oned.Code128Writer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * 100 mm × 100 mm label pages (R-H8): a Code 128 barcode of the waybill drawn as vector bars, the
 * LP number, service, transit-warehouse sort code, sender, receiver, order number, the RETURN or
 * DESTROY mark and, for postal channels, a CN22 customs block; text in Noto Sans SC (subset).
 */
@Component
class LabelRenderer {

    static final float SIDE = 100f / 25.4f * 72f;
    private static final String FONT = "/labels/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

    private final byte[] fontBytes;

    LabelRenderer() {
        try (var in = LabelRenderer.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("label font missing: " + FONT);
            }
            this.fontBytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One PDF, a page per label, written to {@code out}. */
    void render(List<Label> labels, OutputStream out) {
        try (var ttf = font()) {
            render(labels, out, ttf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The label font parsed, for rendering several documents in a row on one thread (the parsed font
     * is about 30 MB and not safe to share between threads).
     */
    TrueTypeFont font() {
        try {
            var ttf = new TTFParser().parse(new RandomAccessReadBuffer(fontBytes));
            // GSUB shaping makes text about ten times slower and labels need none of it
            ttf.setEnableGsub(false);
            return ttf;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void render(List<Label> labels, OutputStream out, TrueTypeFont ttf) {
        try (var document = new PDDocument()) {
            var font = PDType0Font.load(document, ttf, true);
            for (var label : labels) {
                page(document, font, label);
            }
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(PDDocument document, PDFont font, Label l) throws IOException {
        var page = new PDPage(new PDRectangle(SIDE, SIDE));
        document.addPage(page);
        try (var cs = new PDPageContentStream(document, page)) {
            var margin = 10f;
            text(cs, font, 9, margin, SIDE - 18, l.serviceName());
            text(cs, font, 20, SIDE - 80, SIDE - 26, l.sortCode());
            barcode(cs, l.waybill(), margin + 8, SIDE - 82, SIDE - 2 * margin - 16, 46);
            text(cs, font, 10, margin + 40, SIDE - 94, l.waybill());
            text(cs, font, 7, margin, SIDE - 108, "LP " + l.lpNumber() + "    Order " + l.orderId());
            text(cs, font, 7, margin, SIDE - 122, "From 寄件人: " + address(l.sender()));
            text(cs, font, 8, margin, SIDE - 138, "To 收件人: " + l.receiver().getOrDefault("contactPerson", ""));
            text(cs, font, 7, margin, SIDE - 149, address(l.receiver()));
            var mark = l.undeliverableDecision().equals("RETURN") ? "RETURN 退回" : "DESTROY 销毁";
            cs.addRect(SIDE - 88, SIDE - 152, 78, 18);
            cs.stroke();
            text(cs, font, 9, SIDE - 84, SIDE - 146, mark);
            if (l.postal()) {
                cn22(cs, font, l, margin);
            }
        }
    }

    private static void cn22(PDPageContentStream cs, PDFont font, Label l, float margin) throws IOException {
        cs.addRect(margin, 8, SIDE - 2 * margin, 110);
        cs.stroke();
        text(cs, font, 8, margin + 4, 106, "CN22  CUSTOMS DECLARATION 报关签条   Gift [ ]  Sample [ ]  Merchandise [X]");
        var y = 92f;
        var total = BigDecimal.ZERO;
        for (var item : l.declaredItems().stream().limit(4).toList()) {
            var quantity = ((Number) item.get("quantity")).intValue();
            var value = new BigDecimal(String.valueOf(item.get("unitValue"))).multiply(BigDecimal.valueOf(quantity));
            total = total.add(value);
            text(
                    cs,
                    font,
                    7,
                    margin + 4,
                    y,
                    quantity + " × " + item.get("nameEn") + " " + item.get("nameCn") + "   HS " + item.get("hsCode")
                            + "   " + item.get("weightGrams") + " g   USD " + value.toPlainString());
            y -= 12;
        }
        text(
                cs,
                font,
                7,
                margin + 4,
                22,
                "Total weight " + l.weightGrams() + " g    Total value USD " + total.toPlainString());
        text(
                cs,
                font,
                6,
                margin + 4,
                12,
                "I certify the particulars given in this declaration are correct. 我保证上述申报准确无误。");
    }

    private static void barcode(PDPageContentStream cs, String contents, float x, float y, float width, float height)
            throws IOException {
        var modules = new Code128Writer().encode(contents);
        var moduleWidth = width / modules.length;
        var run = 0;
        for (int i = 0; i <= modules.length; i++) {
            if (i < modules.length && modules[i]) {
                run++;
            } else if (run > 0) {
                cs.addRect(x + (i - run) * moduleWidth, y, run * moduleWidth, height);
                run = 0;
            }
        }
        cs.fill();
    }

    private static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String text)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text == null ? "" : text);
        cs.endText();
    }

    private static String address(Map<String, String> a) {
        return String.join(
                ", ",
                java.util.stream.Stream.of(
                                a.get("contactPerson"),
                                a.get("address"),
                                a.get("city"),
                                a.get("province"),
                                a.get("zip"),
                                a.get("country"),
                                a.get("mobileNo"))
                        .filter(s -> s != null && !s.isBlank())
                        .toList());
    }

    /** The same label for thermal printers: ZPL II, UTF-8 (Chinese needs a CJK font on the printer). */
    static String zpl(Label l) {
        var mark = l.undeliverableDecision().equals("RETURN") ? "RETURN" : "DESTROY";
        return "^XA^CI28\n"
                + "^FO20,20^A0N,28,28^FD" + l.serviceName() + "^FS\n"
                + "^FO560,20^A0N,56,56^FD" + l.sortCode() + "^FS\n"
                + "^FO40,90^BY3^BCN,140,Y,N,N^FD" + l.waybill() + "^FS\n"
                + "^FO20,290^A0N,24,24^FDLP " + l.lpNumber() + "   Order " + l.orderId() + "^FS\n"
                + "^FO20,330^A0N,24,24^FDFrom: " + address(l.sender()) + "^FS\n"
                + "^FO20,370^A0N,28,28^FDTo: " + address(l.receiver()) + "^FS\n"
                + "^FO600,420^GB180,50,3^FS^FO615,432^A0N,30,30^FD" + mark + "^FS\n"
                + (l.postal()
                        ? "^FO20,500^A0N,24,24^FDCN22 customs declaration, "
                                + l.declaredItems().size() + " item(s), " + l.weightGrams() + " g^FS\n"
                        : "")
                + "^XZ\n";
    }
}
