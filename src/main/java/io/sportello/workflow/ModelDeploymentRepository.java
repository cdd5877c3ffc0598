package io.sportello.workflow;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

@org.springframework.modulith.NamedInterface("studio")
interface ModelDeploymentRepository extends JpaRepository<ModelDeployment, Long> {

    boolean existsByDefinitionId(String definitionId);

    java.util.Optional<ModelDeployment> findByDefinitionId(String definitionId);

    List<ModelDeployment> findByDefinitionKeyOrderByVersionDesc(String definitionKey);

    List<ModelDeployment> findAllByOrderByIdDesc();
}
