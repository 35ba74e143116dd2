package dev.firebreak.api.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PostmortemRepository extends JpaRepository<PostmortemEntity, String> {}
