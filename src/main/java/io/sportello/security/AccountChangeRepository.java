package io.sportello.security;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountChangeRepository extends JpaRepository<AccountChange, Long> {

    List<AccountChange> findByUsernameOrderByOccurredAtDescIdDesc(String username);
}
