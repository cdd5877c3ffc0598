package io.sportello.customer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerMergeRepository extends JpaRepository<CustomerMerge, Long> {

    List<CustomerMerge> findBySourceIdOrTargetIdOrderByMergedAtDesc(Long sourceId, Long targetId);
}
