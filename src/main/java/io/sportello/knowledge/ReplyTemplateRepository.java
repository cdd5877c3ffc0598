package io.sportello.knowledge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReplyTemplateRepository extends JpaRepository<ReplyTemplate, Long> {

    List<ReplyTemplate> findAllByOrderByTemplateKeyAscLanguageAsc();

    List<ReplyTemplate> findByTemplateKey(String templateKey);
}
