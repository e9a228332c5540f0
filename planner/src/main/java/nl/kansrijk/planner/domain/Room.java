package nl.kansrijk.planner.domain;

import java.util.Objects;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/** A room where a tutor can meet a pair. */
public class Room {

    @PlanningId
    private String id;
    private String name;
    private int capacity;

    public Room() {
    }

    public Room(String id, String name, int capacity) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        if (capacity < 1) {
            throw new IllegalArgumentException("Room " + id + " needs a capacity of at least 1");
        }
        this.capacity = capacity;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getCapacity() {
        return capacity;
    }

    @Override
    public String toString() {
        return id;
    }
}
