package io.sellercenter.accounts.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Accounts extends ListCrudRepository<Account, Long> {

    @Query("select * from accounts where lower(email) = lower(:email)")
    Optional<Account> findByEmail(String email);

    @Query("select count(*) > 0 from accounts where lower(email) = lower(:email)")
    boolean emailTaken(String email);

    @Query(
            "select * from accounts where seller_id = :sellerId and kind = 'SUB' order by id limit :limit offset :offset")
    List<Account> findSubAccounts(long sellerId, int limit, long offset);

    @Query("select count(*) from accounts where seller_id = :sellerId and kind = 'SUB'")
    long countSubAccounts(long sellerId);

    @Query("select count(*) > 0 from accounts a join account_roles r on r.account_id = a.id where r.role = 'ADMIN'")
    boolean anyAdmin();
}
