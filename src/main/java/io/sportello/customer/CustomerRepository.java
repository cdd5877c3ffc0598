package io.sportello.customer;

import io.sportello.shared.Channel;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CustomerRepository extends JpaRepository<Customer, Long> {

    @Query("select i.customer from CustomerIdentity i where i.channel = :channel and i.handle = :handle")
    Optional<Customer> findByIdentity(Channel channel, String handle);
}
