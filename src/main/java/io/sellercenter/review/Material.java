package io.sellercenter.review;

/**
 * One item a reviewer looks at: an uploaded document (its value is its media type) or a stated
 * value. {@code label} names a message key ({@code material.<label>}) so that staff read it in
 * their language.
 */
public record Material(String label, Long documentId, String value) {

    public static Material document(String label, long documentId, String contentType) {
        return new Material(label, documentId, contentType);
    }

    public static Material value(String label, String value) {
        return new Material(label, null, value);
    }
}
