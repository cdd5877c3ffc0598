package io.sportello.knowledge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleVersionRepository extends JpaRepository<ArticleVersion, Long> {

    List<ArticleVersion> findByArticleIdOrderByNumberDesc(Long articleId);

    Optional<ArticleVersion> findFirstByArticleIdOrderByNumberDesc(Long articleId);

    Optional<ArticleVersion> findByArticleIdAndNumber(Long articleId, int number);
}
