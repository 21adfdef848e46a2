package io.sellercenter.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.ApiTestBase;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentApiTest extends ApiTestBase {

    static byte[] image(String format) throws IOException {
        var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xff0000);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] bytesOf(String kind) throws IOException {
        return switch (kind) {
            case "png" -> image("png");
            case "jpeg" -> image("jpeg");
            default -> pdf();
        };
    }

    @ParameterizedTest
    @CsvSource({"png, image/png", "jpeg, image/jpeg", "pdf, application/pdf"})
    void storesJpegPngAndPdfWithTheirHash(String kind, String expectedType) throws Exception {
        var seller = api.registerSeller();
        var content = bytesOf(kind);

        // the name and declared type lie: only the bytes count
        var uploaded = api.upload(seller.token(), "../../etc/passwd.txt", "text/plain", content);

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        var json = uploaded.json();
        assertThat(json.get("contentType").asString()).isEqualTo(expectedType);
        assertThat(json.get("size").asLong()).isEqualTo(content.length);
        var sha256 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        assertThat(json.get("sha256").asString()).isEqualTo(sha256);

        var read = api.get("/api/v1/documents/" + json.get("documentId").asLong(), seller.token());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("Content-Type")).isEqualTo(expectedType);
        assertThat(read.body()).isEqualTo(content);
    }

    @Test
    void refusesOtherTypesWhateverTheirNameOrDeclaredType() {
        var seller = api.registerSeller();

        var text = api.upload(seller.token(), "license.png", "image/png", "hello, not an image".getBytes());
        var gif = api.upload(seller.token(), "license.jpg", "image/jpeg", "GIF89a\u0001\u0000\u0001\u0000".getBytes());
        var html = api.upload(seller.token(), "x.pdf", "application/pdf", "<html><script>alert(1)</script>".getBytes());
        var empty = api.upload(seller.token(), "x.pdf", "application/pdf", new byte[0]);

        for (var response : List.of(text, gif, html, empty)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(415);
            assertThat(response.code()).isEqualTo("UNSUPPORTED_DOCUMENT_TYPE");
        }
    }

    @Test
    void refusesMoreThanTenMebibytes() throws IOException {
        var seller = api.registerSeller();
        var png = image("png");
        var tooLarge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(png, 0, tooLarge, 0, png.length);
        var justRight = new byte[10 * 1024 * 1024 - 1024];
        System.arraycopy(png, 0, justRight, 0, png.length);

        var refused = api.upload(seller.token(), "big.png", "image/png", tooLarge);
        var accepted = api.upload(seller.token(), "fits.png", "image/png", justRight);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.code()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(accepted.status()).isEqualTo(201);
    }

    @Test
    void onlyTheOwningSellersAccountsAndStaffReadADocument() {
        var owner = api.registerSeller();
        var stranger = api.registerSeller();
        var sub = api.subAccount(owner, "WAREHOUSES");
        var id = api.upload(owner.token(), "l.pdf", "application/pdf", pdf())
                .json()
                .get("documentId")
                .asLong();
        var path = "/api/v1/documents/" + id;

        assertThat(api.get(path, sub).status()).isEqualTo(200);
        assertThat(api.get(path, api.token("reviewer@demo.local", DEMO_PASSWORD))
                        .status())
                .isEqualTo(200);
        assertThat(api.get(path, stranger.token()).status()).isEqualTo(404);
        assertThat(api.get(path, stranger.token()).code()).isEqualTo("NOT_FOUND");
        assertThat(api.get(path, api.buyerToken()).status()).isEqualTo(404);
        assertThat(api.get(path, null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/documents/987654321", owner.token()).status())
                .isEqualTo(404);
    }

    @Test
    void subAccountsUploadForTheirSellerAndBuyersCannotUpload() {
        var owner = api.registerSeller();
        var sub = api.subAccount(owner);

        var bySub = api.upload(sub, "proof.pdf", "application/pdf", pdf());
        var byBuyer = api.upload(api.buyerToken(), "proof.pdf", "application/pdf", pdf());

        assertThat(bySub.status()).isEqualTo(201);
        assertThat(api.get("/api/v1/documents/" + bySub.json().get("documentId").asLong(), owner.token())
                        .status())
                .isEqualTo(200);
        assertThat(byBuyer.status()).isEqualTo(403);
    }
}
