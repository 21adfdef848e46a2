package io.sellercenter.sellers.internal;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Brands extends ListCrudRepository<Brand, Long> {

    @Query("select * from brands where seller_id = :sellerId order by id")
    List<Brand> findBySeller(long sellerId);

    @Query(
            "select count(*) > 0 from brands where seller_id = :sellerId and trademark_registration_number = :number and id <> :exceptId")
    boolean trademarkTaken(long sellerId, String number, long exceptId);
}
