package io.sportello.security;

import jakarta.persistence.LockModeType;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, String> {

    /**
     * Every enabled account, locked for the rest of the transaction in one order (by user name): two administrators
     * removing the last two administrators at once are serialised, and the second sees the first one's change.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from UserAccount a where a.enabled = true order by a.username")
    List<UserAccount> lockEnabled();
}
