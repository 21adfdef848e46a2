package io.sellercenter.catalog.web;

import io.sellercenter.catalog.Category;
import io.sellercenter.catalog.Qualification;
import io.sellercenter.catalog.internal.CategoryManagement.CategoryDraft;
import io.sellercenter.shared.web.FormErrors;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.validation.BindingResult;

/** The platform admin's category form: names, place in the tree, deposit, qualification notes, overseas flag. */
public class CategoryPageForm {

    @Positive
    private Long parentId;

    @NotBlank
    @Size(max = 100)
    private String nameEn;

    @NotBlank
    @Size(max = 100)
    private String nameZh;

    @NotBlank
    @Pattern(regexp = "[0-9]{1,10}(\\.[0-9]{1,2})?")
    private String depositAmount = "0";

    @NotBlank
    @Pattern(regexp = "[A-Z]{3}")
    private String depositCurrency = "CNY";

    @Size(max = 2000)
    private String qualificationNotesEn;

    @Size(max = 2000)
    private String qualificationNotesZh;

    private boolean overseasShipFromOpen = true;

    /** R-S4: one required document per line, {@code English name | 中文名}; its code kept, or made from the English. */
    @Size(max = 2000)
    private String requiredQualifications = "";

    static CategoryPageForm of(Category c) {
        var form = new CategoryPageForm();
        form.parentId = c.parentId();
        form.nameEn = c.nameEn();
        form.nameZh = c.nameZh();
        form.depositAmount = c.deposit().amount().toPlainString();
        form.depositCurrency = c.deposit().currency().getCurrencyCode();
        form.qualificationNotesEn = c.qualificationEn();
        form.qualificationNotesZh = c.qualificationZh();
        form.overseasShipFromOpen = c.overseasShipFromOpen();
        form.requiredQualifications = c.requiredQualifications().stream()
                .map(q -> q.nameEn() + " | " + q.nameZh())
                .collect(Collectors.joining("\n"));
        return form;
    }

    /** The draft to save, or null with the deposit's error beside it (a currency ISO 4217 lacks, too many decimals). */
    CategoryDraft draft(BindingResult result, List<Qualification> current) {
        var deposit = FormErrors.money(result, "depositAmount", depositAmount, depositCurrency);
        var qualifications = qualifications(result, current);
        return deposit == null || qualifications == null
                ? null
                : new CategoryDraft(
                        parentId,
                        nameEn.trim(),
                        nameZh.trim(),
                        deposit,
                        qualificationNotesEn,
                        qualificationNotesZh,
                        overseasShipFromOpen,
                        qualifications);
    }

    private List<Qualification> qualifications(BindingResult result, List<Qualification> current) {
        var parsed = new ArrayList<Qualification>();
        var lines = requiredQualifications == null ? new String[0] : requiredQualifications.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            var parts = lines[i].split("\\|");
            var code = parts.length == 2 ? code(parts[0].trim(), current) : "";
            if (parts.length != 2 || parts[1].isBlank() || !code.matches("[A-Z0-9_]{2,40}")) {
                result.rejectValue(
                        "requiredQualifications", "problem.QUALIFICATION_LINE_INVALID", new Object[] {i + 1}, null);
                return null;
            }
            parsed.add(new Qualification(code, parts[0].trim(), parts[1].trim()));
        }
        return parsed;
    }

    /** The code sellers' documents are kept under: the current one of that English name, else made from it. */
    private static String code(String nameEn, List<Qualification> current) {
        return current.stream()
                .filter(q -> q.nameEn().equalsIgnoreCase(nameEn))
                .map(Qualification::code)
                .findFirst()
                .orElseGet(() -> nameEn.toUpperCase(Locale.ROOT)
                        .replaceAll("[^A-Z0-9]+", "_")
                        .replaceAll("^_|_$", ""));
    }

    public String getRequiredQualifications() {
        return requiredQualifications;
    }

    public void setRequiredQualifications(String requiredQualifications) {
        this.requiredQualifications = requiredQualifications;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getDepositAmount() {
        return depositAmount;
    }

    public void setDepositAmount(String depositAmount) {
        this.depositAmount = depositAmount;
    }

    public String getDepositCurrency() {
        return depositCurrency;
    }

    public void setDepositCurrency(String depositCurrency) {
        this.depositCurrency = depositCurrency;
    }

    public String getQualificationNotesEn() {
        return qualificationNotesEn;
    }

    public void setQualificationNotesEn(String qualificationNotesEn) {
        this.qualificationNotesEn = qualificationNotesEn;
    }

    public String getQualificationNotesZh() {
        return qualificationNotesZh;
    }

    public void setQualificationNotesZh(String qualificationNotesZh) {
        this.qualificationNotesZh = qualificationNotesZh;
    }

    public boolean isOverseasShipFromOpen() {
        return overseasShipFromOpen;
    }

    public void setOverseasShipFromOpen(boolean overseasShipFromOpen) {
        this.overseasShipFromOpen = overseasShipFromOpen;
    }
}
