package io.sportello.knowledge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SynonymRepository extends JpaRepository<SynonymGroup, Long> {

    List<SynonymGroup> findByLanguageOrderById(String language);
}
