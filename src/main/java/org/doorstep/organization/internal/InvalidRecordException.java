package org.doorstep.organization.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.doorstep.platform.InvalidInputException;

/** A record broke one or more rules; nothing was saved. Each problem names its field. */
public class InvalidRecordException extends InvalidInputException {

    private final transient List<Problem> problems;

    public InvalidRecordException(List<Problem> problems) {
        super(problems.isEmpty() ? null : problems.get(0).field(),
                problems.stream().map(Problem::message).collect(Collectors.joining("；")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
