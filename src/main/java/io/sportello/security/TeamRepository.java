package io.sportello.security;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TeamRepository extends JpaRepository<Team, String> {

    List<Team> findAllByOrderByBuiltInDescKeyAsc();
}
