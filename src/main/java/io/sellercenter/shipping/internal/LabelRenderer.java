package io.sellercenter.shipping.internal;

import com.google.zxing.oned.Code128Writer;
import io.sellercenter.shared.PostalAddress;
import io.sellercenter.shipping.UndeliverableDecision;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * 100 mm × 100 mm label pages (R-H8): a Code 128 barcode of the waybill drawn as vector bars, the
 * LP number, service, transit-warehouse sort code, sender, receiver, order number, the RETURN or
 * DESTROY mark and, for postal channels, a CN22 customs block; text in Noto Sans SC, one subset per
 * document. Each page is written to the output as soon as it is drawn, so a document of any length
 * keeps only its cross-reference table and the font's used glyphs in memory.
 */
@Component
class LabelRenderer {

    static final float SIDE = 100f / 25.4f * 72f;
    private static final String FONT = "/labels/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

    private static final float[] BLOCK_SIZES = {7, 6, 5, 4};

    /**
     * Parsed once, at the first label rather than at start-up (about 0.1 s): a BaseFont is read-only,
     * each document keeps its own used glyphs.
     */
    private final Supplier<BaseFont> font = SingletonSupplier.of(LabelRenderer::parseFont);

    private static BaseFont parseFont() {
        try (var in = LabelRenderer.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("label font missing: " + FONT);
            }
            return BaseFont.createFont(
                    "NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One PDF, a page per label, written to {@code out}. */
    void render(List<Label> labels, OutputStream out) {
        render(List.of(labels).iterator(), out);
    }

    /**
     * One PDF, a page per label, written to {@code out} as the chunks of labels come. When a chunk
     * fails the document is left unfinished, so a reader sees a broken file, never one that lacks labels.
     */
    void render(Iterator<List<Label>> chunks, OutputStream out) {
        var document = new Document(new Rectangle(SIDE, SIDE), 0, 0, 0, 0);
        try {
            var writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            // labels are small and printed at once: speed over a few percent of size
            writer.setCompressionLevel(Deflater.BEST_SPEED);
            document.open();
            while (chunks.hasNext()) {
                for (var label : chunks.next()) {
                    page(writer.getDirectContent(), label);
                    document.newPage();
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    private void page(PdfContentByte cs, Label l) throws DocumentException {
        var margin = 10f;
        line(cs, 9, margin, SIDE - 18, SIDE - 100, l.serviceName());
        text(cs, 20, SIDE - 80, SIDE - 26, l.sortCode());
        barcode(cs, l.waybill(), margin + 8, SIDE - 82, SIDE - 2 * margin - 16, 46);
        text(cs, 10, margin + 40, SIDE - 94, l.waybill());
        line(cs, 7, margin, SIDE - 108, SIDE - 2 * margin - 90, "LP " + l.lpNumber() + "    Order " + l.orderId());
        var mark = l.undeliverableDecision() == UndeliverableDecision.RETURN ? "RETURN 退回" : "DESTROY 销毁";
        cs.rectangle(SIDE - 88, SIDE - 112, 78, 18);
        cs.stroke();
        text(cs, 9, SIDE - 84, SIDE - 106, mark);
        block(cs, "From 寄件人: " + address(l.sender(), true), margin, 146, SIDE - margin, SIDE - 115);
        line(
                cs,
                8,
                margin,
                137,
                SIDE - 2 * margin,
                "To 收件人: " + Objects.requireNonNullElse(l.receiver().contactPerson(), ""));
        block(cs, address(l.receiver(), false), margin, 108, SIDE - margin, 134);
        if (l.postal()) {
            cn22(cs, l, margin);
        }
    }

    private void cn22(PdfContentByte cs, Label l, float margin) {
        cs.rectangle(margin, 8, SIDE - 2 * margin, 98);
        cs.stroke();
        var inside = SIDE - 2 * margin - 8;
        line(cs, 8, margin + 4, 95, inside, "CN22  CUSTOMS DECLARATION 报关签条   Gift [ ]  Sample [ ]  Merchandise [X]");
        var y = 83f;
        var total = BigDecimal.ZERO;
        for (var item : l.declaredItems().stream().limit(4).toList()) {
            var quantity = item.quantity();
            var value = item.unitValue().multiply(BigDecimal.valueOf(quantity));
            total = total.add(value);
            line(
                    cs,
                    7,
                    margin + 4,
                    y,
                    inside,
                    quantity + " × " + item.nameEn() + " " + item.nameCn() + "   HS " + item.hsCode() + "   "
                            + item.weightGrams() + " g   USD " + value.toPlainString());
            y -= 11;
        }
        text(
                cs,
                7,
                margin + 4,
                22,
                "Total weight " + l.weightGrams() + " g    Total value USD " + total.toPlainString());
        text(cs, 6, margin + 4, 12, "I certify the particulars given in this declaration are correct. 我保证上述申报准确无误。");
    }

    /**
     * Text wrapped inside the box (also between Chinese characters), in the largest of 7, 6, 5 or 4 pt
     * that holds all of it, so that an address is printed whole and never over its neighbours.
     */
    private void block(PdfContentByte cs, String text, float llx, float lly, float urx, float ury)
            throws DocumentException {
        for (var size : BLOCK_SIZES) {
            if (size == BLOCK_SIZES[BLOCK_SIZES.length - 1]
                    || !ColumnText.hasMoreText(
                            column(cs, text, size, llx, lly, urx, ury).go(true))) {
                column(cs, text, size, llx, lly, urx, ury).go();
                return;
            }
        }
    }

    private ColumnText column(PdfContentByte cs, String text, float size, float llx, float lly, float urx, float ury) {
        var column = new ColumnText(cs);
        column.setSimpleColumn(
                new Phrase(text, new Font(font.get(), size)), llx, lly, urx, ury, size * 1.2f, Element.ALIGN_LEFT);
        return column;
    }

    private static void barcode(PdfContentByte cs, String contents, float x, float y, float width, float height) {
        var modules = new Code128Writer().encode(contents);
        var moduleWidth = width / modules.length;
        var run = 0;
        for (int i = 0; i <= modules.length; i++) {
            if (i < modules.length && modules[i]) {
                run++;
            } else if (run > 0) {
                cs.rectangle(x + (i - run) * moduleWidth, y, run * moduleWidth, height);
                run = 0;
            }
        }
        cs.fill();
    }

    /** One line of text, made smaller where it would be wider than {@code width}. */
    private void line(PdfContentByte cs, float size, float x, float y, float width, String text) {
        var natural = text == null ? 0 : font.get().getWidthPoint(text, size);
        text(cs, natural > width ? size * width / natural : size, x, y, text);
    }

    private void text(PdfContentByte cs, float size, float x, float y, String text) {
        cs.beginText();
        cs.setFontAndSize(font.get(), size);
        cs.setTextMatrix(x, y);
        cs.showText(text == null ? "" : text);
        cs.endText();
    }

    private static String address(PostalAddress a, boolean withContact) {
        return String.join(
                ", ",
                Stream.of(
                                withContact ? a.contactPerson() : null,
                                a.address(),
                                a.city(),
                                a.province(),
                                a.zip(),
                                a.country(),
                                a.mobileNo())
                        .filter(s -> s != null && !s.isBlank())
                        .toList());
    }

    /** The same label for thermal printers: ZPL II, UTF-8 (Chinese needs a CJK font on the printer). */
    static String zpl(Label l) {
        var mark = l.undeliverableDecision().name();
        return "^XA^CI28\n"
                + "^FO20,20^A0N,28,28^FD" + l.serviceName() + "^FS\n"
                + "^FO560,20^A0N,56,56^FD" + l.sortCode() + "^FS\n"
                + "^FO40,90^BY3^BCN,140,Y,N,N^FD" + l.waybill() + "^FS\n"
                + "^FO20,290^A0N,24,24^FDLP " + l.lpNumber() + "   Order " + l.orderId() + "^FS\n"
                + "^FO20,330^A0N,24,24^FDFrom: " + address(l.sender(), true) + "^FS\n"
                + "^FO20,370^A0N,28,28^FDTo: " + address(l.receiver(), true) + "^FS\n"
                + "^FO600,420^GB180,50,3^FS^FO615,432^A0N,30,30^FD" + mark + "^FS\n"
                + (l.postal()
                        ? "^FO20,500^A0N,24,24^FDCN22 customs declaration, "
                                + l.declaredItems().size() + " item(s), " + l.weightGrams() + " g^FS\n"
                        : "")
                + "^XZ\n";
    }
}
