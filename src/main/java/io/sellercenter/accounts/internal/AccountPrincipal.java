package io.sellercenter.accounts.internal;

import io.sellercenter.accounts.CurrentAccount;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** What Spring Security keeps of a logged-in account: its id; the rest is loaded per request. */
record AccountPrincipal(long accountId, String email, Collection<? extends GrantedAuthority> authorities)
        implements UserDetails {

    static AccountPrincipal of(CurrentAccount account) {
        var authorities = new ArrayList<GrantedAuthority>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + account.kind().name()));
        account.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r.name())));
        return new AccountPrincipal(account.id().value(), account.email(), List.copyOf(authorities));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public String getUsername() {
        return email;
    }
}
