package io.sellercenter.sellers.web;

import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.InvalidInputException.FieldError;

/** API field names mapped onto the settling-in pages' form fields, so that an error shows beside the right one. */
final class FormFields {

    private FormFields() {}

    static DomainException rename(DomainException e) {
        if (!(e instanceof InvalidInputException invalid)) {
            return e;
        }
        return new InvalidInputException(invalid.errors().stream()
                .map(f -> new FieldError(
                        switch (f.field()) {
                            case "legalRepresentative.idNumber" -> "legalRepresentativeIdNumber";
                            case "businessLicenseDocumentId" -> "businessLicense";
                            case "certificateDocumentId" -> "certificate";
                            case "authorizationDocumentId" -> "authorizationLetter";
                            default -> f.field();
                        },
                        f.code(),
                        f.args()))
                .toList());
    }
}
