package io.sportello.workflow;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

@org.springframework.modulith.NamedInterface("studio")
interface ProcessMigrationRepository extends JpaRepository<ProcessMigration, Long> {

    List<ProcessMigration> findByFinishedAtIsNull();

    List<ProcessMigration> findAllByOrderByIdDesc();
}
