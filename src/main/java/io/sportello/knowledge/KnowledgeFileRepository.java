package io.sportello.knowledge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface KnowledgeFileRepository extends JpaRepository<KnowledgeFile, Long> {

    Optional<KnowledgeFile> findByStorageKey(String storageKey);

    List<KnowledgeFile> findByGroupKeyOrderByUploadedAtDescIdDesc(String groupKey);

    long countByGroupKey(String groupKey);
}
