/** Uploaded materials (photos, scans, PDFs): type sniffing, size limits, hashes, storage. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "shared"})
package io.sellercenter.documents;
