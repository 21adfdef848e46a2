package io.sellercenter.sellers.web;

import io.sellercenter.sellers.internal.StoreManagement.StoreType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;

/** The store page's form. */
public class StoreForm {

    @NotBlank
    @Size(max = 100)
    private String name;

    @NotNull
    private StoreType type = StoreType.SPECIALIZED;

    @NotEmpty
    private Set<Long> brandIds = new LinkedHashSet<>();

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public StoreType getType() {
        return type;
    }

    public void setType(StoreType type) {
        this.type = type;
    }

    public Set<Long> getBrandIds() {
        return brandIds;
    }

    public void setBrandIds(Set<Long> brandIds) {
        this.brandIds = brandIds == null ? new LinkedHashSet<>() : brandIds;
    }
}
