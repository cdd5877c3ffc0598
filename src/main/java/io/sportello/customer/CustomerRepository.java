package io.sportello.customer;

import io.sportello.shared.Channel;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CustomerRepository extends JpaRepository<Customer, Long> {

    @Query("select i.customer from CustomerIdentity i where i.channel = :channel and i.handle = :handle")
    Optional<Customer> findByIdentity(Channel channel, String handle);

    @Query("""
            select distinct c from Customer c left join c.identities i
            where c.mergedIntoId is null and (lower(c.displayName) like :text or i.handle like :text)
            order by c.displayName""")
    List<Customer> search(String text, org.springframework.data.domain.Pageable page);
}
