package io.sellercenter.sellers.internal;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Certifications extends ListCrudRepository<Certification, Long> {

    @Query("select * from certifications where seller_id = :sellerId")
    Optional<Certification> findBySeller(long sellerId);
}
