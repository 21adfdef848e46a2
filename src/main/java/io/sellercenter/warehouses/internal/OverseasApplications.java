package io.sellercenter.warehouses.internal;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface OverseasApplications extends ListCrudRepository<OverseasApplication, Long> {

    @Query("select * from overseas_applications where seller_id = :sellerId order by id")
    List<OverseasApplication> findBySeller(long sellerId);
}
