package io.sellercenter.warehouses.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface OverseasApplications extends ListCrudRepository<OverseasApplication, Long> {

    @Query("select * from overseas_applications where seller_id = :sellerId order by id")
    List<OverseasApplication> findBySeller(long sellerId);

    /** The warehouse's application not yet approved (a draft, in review or rejected): at most one. */
    @Query("""
            select * from overseas_applications
            where seller_id = :sellerId and warehouse_id = :warehouseId and status <> 'APPROVED'
            order by id desc limit 1""")
    Optional<OverseasApplication> findOpen(long sellerId, long warehouseId);
}
