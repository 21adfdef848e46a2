package io.sellercenter.accounts.web;

import io.sellercenter.accounts.Permission;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/** The sub-account page's form; e-mail and password only when creating. */
public class SubAccountForm {

    public interface Creating {}

    @NotBlank(groups = Creating.class)
    @Email(groups = Creating.class)
    @Size(max = 254, groups = Creating.class)
    private String email;

    @NotBlank(groups = Creating.class)
    @Size(min = 8, max = 72, groups = Creating.class)
    private String password;

    @NotBlank
    @Size(max = 100)
    private String displayName;

    private Set<Permission> permissions = EnumSet.noneOf(Permission.class);

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Set<Permission> getPermissions() {
        return permissions;
    }

    public void setPermissions(Set<Permission> permissions) {
        this.permissions = permissions == null ? EnumSet.noneOf(Permission.class) : permissions;
    }
}
