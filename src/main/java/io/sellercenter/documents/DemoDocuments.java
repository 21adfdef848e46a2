package io.sellercenter.documents;

import io.sellercenter.accounts.CurrentAccount;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Service;

/** Demo mode's materials: real PNG images with a title, uploaded like any seller's. */
@Service
public class DemoDocuments {

    private final DocumentUploads uploads;

    DemoDocuments(DocumentUploads uploads) {
        this.uploads = uploads;
    }

    public long image(CurrentAccount seller, String title, String line) {
        var image = new BufferedImage(640, 420, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0xfdf6e3));
        g.fillRect(0, 0, 640, 420);
        g.setColor(new Color(0xb22222));
        g.drawRect(12, 12, 616, 396);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
        g.drawString(title, 40, 80);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
        g.drawString(line, 40, 140);
        g.drawString(seller.displayName(), 40, 180);
        g.dispose();
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return uploads.upload(seller, "demo.png", "demo", new ByteArrayInputStream(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
