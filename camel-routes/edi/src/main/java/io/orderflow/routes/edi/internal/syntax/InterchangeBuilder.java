package io.orderflow.routes.edi.internal.syntax;

import io.orderflow.routes.edi.internal.partner.Standard;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Assembles an interchange from its segments as the reader meets them, with the errors where they belong. */
final class InterchangeBuilder {

    private static final Set<String> GROUP_CONTROL = Set.of("GS", "GE", "UNG", "UNE");

    private final Standard standard;
    private final List<GroupBuilder> groups = new ArrayList<>();
    private final List<SyntaxError> errors = new ArrayList<>();
    /** The warnings kept per interchange: a file with a private segment on every line must not flood the ledger. */
    private static final int MAX_WARNINGS = 200;

    private final List<String> warnings = new ArrayList<>();
    private int warningsLeftOut;
    /** Errors of a group header, met before the header is complete. */
    private final List<SyntaxError> groupHeaderErrors = new ArrayList<>();
    /** Errors of a set header, met before the header is complete. */
    private final List<SyntaxError> setHeaderErrors = new ArrayList<>();
    private Envelope envelope;
    private GroupBuilder group;
    private SetBuilder set;

    private static final class GroupBuilder {
        private final String functionalId;
        private final String controlNumber;
        private final String version;
        /** GS or UNG as read; null for the messages of an EDIFACT interchange without UNG. */
        private final Segment header;
        private final List<SetBuilder> sets = new ArrayList<>();
        private final List<SyntaxError> errors = new ArrayList<>();

        GroupBuilder(String functionalId, String controlNumber, String version, Segment header) {
            this.functionalId = functionalId;
            this.controlNumber = controlNumber;
            this.version = version;
            this.header = header;
        }

        Group build() {
            return new Group(functionalId, controlNumber, version, header, sets.stream().map(SetBuilder::build)
                    .toList(), List.copyOf(errors));
        }
    }

    private static final class SetBuilder {
        private final String type;
        private final String controlNumber;
        private final List<Segment> segments = new ArrayList<>();
        private final List<SyntaxError> errors = new ArrayList<>();

        SetBuilder(String type, String controlNumber) {
            this.type = type;
            this.controlNumber = controlNumber;
        }

        TransactionSet build() {
            return new TransactionSet(type, controlNumber, List.copyOf(segments), List.copyOf(errors));
        }
    }

    InterchangeBuilder(Standard standard) {
        this.standard = standard;
    }

    Standard standard() {
        return standard;
    }

    /** The type of the set being read, for its schema. */
    String setType() {
        return set == null ? "" : set.type;
    }

    /** The version of the group being read (GS08, or UNG's message version), for its sets' schemas. */
    String groupVersion() {
        return group == null ? "" : group.version;
    }

    void segment(Segment segment) {
        switch (segment.tag()) {
            case "ISA" -> envelope = new Envelope(segment.get(5).strip(), segment.get(6).strip(),
                    segment.get(7).strip(), segment.get(8).strip(), segment.get(13), segment.get(12), segment.get(9),
                    segment.get(10), "T".equals(segment.get(15)));
            case "UNB" -> envelope = new Envelope(segment.get(2, 2), segment.get(2, 1), segment.get(3, 2),
                    segment.get(3, 1), segment.get(5), segment.get(1, 1) + ":" + segment.get(1, 2), segment.get(4, 1),
                    segment.get(4, 2), "1".equals(segment.get(11)));
            case "GS" -> openGroup(new GroupBuilder(segment.get(1), segment.get(6), segment.get(8), segment));
            case "UNG" -> openGroup(new GroupBuilder(segment.get(1), segment.get(5), // UNG07: the messages' version
                    segment.get(7, 1) + segment.get(7, 2), segment));
            case "GE", "UNE" -> group = null;
            case "ST" -> openSet(segment.get(1), segment.get(2), segment);
            case "UNH" -> {
                if (group == null) {
                    // EDIFACT without UNG: the interchange's messages form one group of their own.
                    openGroup(new GroupBuilder(segment.get(2, 1), "", segment.get(2, 2) + segment.get(2, 3), null));
                }
                openSet(segment.get(2, 1), segment.get(1), segment);
            }
            case "SE", "UNT" -> {
                if (set != null) {
                    set.segments.add(segment);
                }
                // the set stays current until the next one opens: errors about its trailer arrive after it
            }
            case "IEA", "UNZ" -> {
                if (group != null && group.header == null) {
                    group = null;
                }
            }
            default -> {
                if (set != null) {
                    set.segments.add(segment);
                }
            }
        }
    }

    void envelopeError(ErrorKind kind, String segment, String detail) {
        SyntaxError error = new SyntaxError(new Location(segment, 0, 0), kind, detail);
        if (segment.equals("GS") || segment.equals("UNG")) {
            groupHeaderErrors.add(error); // the group opens when its header ends
            return;
        }
        GroupBuilder target = group != null ? group : groups.isEmpty() ? null : groups.get(groups.size() - 1);
        if (GROUP_CONTROL.contains(segment) && target != null) {
            target.errors.add(error);
        } else {
            errors.add(error);
        }
    }

    /** An error in the elements of a set's header (ST, UNH), met before the header is complete and the set opens. */
    void setHeaderError(SyntaxError error) {
        setHeaderErrors.add(error);
    }

    void setError(SyntaxError error) {
        if (set != null) {
            set.errors.add(error);
        } else {
            errors.add(error);
        }
    }

    /** Something read leniently, named by the set it is in when there is one. */
    void warning(SyntaxError lenient) {
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add((set == null ? "" : set.type + " " + set.controlNumber + ": ") + lenient);
        } else {
            warningsLeftOut++;
        }
    }

    Interchange build() {
        errors.addAll(groupHeaderErrors); // a group or set header too broken to open one
        groupHeaderErrors.clear();
        errors.addAll(setHeaderErrors);
        setHeaderErrors.clear();
        List<String> kept = new ArrayList<>(warnings);
        if (warningsLeftOut > 0) {
            kept.add("and " + warningsLeftOut + " more warning(s) like these");
        }
        return new Interchange(standard, envelope, groups.stream().map(GroupBuilder::build).toList(),
                List.copyOf(errors), List.copyOf(kept));
    }

    private void openGroup(GroupBuilder opened) {
        opened.errors.addAll(groupHeaderErrors);
        groupHeaderErrors.clear();
        group = opened;
        set = null;
        groups.add(opened);
    }

    private void openSet(String type, String controlNumber, Segment header) {
        if (group == null) {
            openGroup(new GroupBuilder("", "", "", null));
        }
        set = new SetBuilder(type, controlNumber);
        set.segments.add(header);
        set.errors.addAll(setHeaderErrors);
        setHeaderErrors.clear();
        group.sets.add(set);
    }
}
