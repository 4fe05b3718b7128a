package org.doorstep.requests.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.doorstep.requests.FeeDecision;
import org.doorstep.requests.FeeProposal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the fee proposals of 依申请公开 requests: one per request, decided once. */
@Repository
public class FeeProposalStore {

    private static final String SELECT = "SELECT p.*, r.number, r.division_code FROM requests_fee_proposal p"
            + " JOIN requests_request r ON r.id = p.request_id";

    /** A proposal awaiting the office's decision, with the government its request is addressed to. */
    public record Pending(String divisionCode, FeeProposal proposal) {
    }

    private final JdbcClient jdbc;

    public FeeProposalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void propose(long requestId, int amount, String basis, LocalDate on) {
        jdbc.sql("INSERT INTO requests_fee_proposal (request_id, amount, basis, proposed_on) VALUES (?, ?, ?, ?)")
                .params(requestId, amount, basis, Date.valueOf(on)).update();
    }

    public Optional<FeeProposal> ofRequest(long requestId) {
        return jdbc.sql(SELECT + " WHERE p.request_id = ?").param(requestId).query(FeeProposalStore::row)
                .optional();
    }

    /** Proposals of open requests awaiting a decision, oldest first; there are few, so all are read. */
    public List<Pending> pending() {
        return jdbc.sql(SELECT + " WHERE p.decision IS NULL AND r.state <> 'CLOSED' ORDER BY p.proposed_on, p.id"
                + " LIMIT 500")
                .query((rs, n) -> new Pending(rs.getString("division_code"), row(rs, n))).list();
    }

    /** Records the decision on a pending proposal; false when it was decided meanwhile. */
    public boolean decide(long requestId, FeeDecision decision, String reason, String by, LocalDate on) {
        return jdbc.sql("""
                UPDATE requests_fee_proposal SET decision = ?, reason = ?, decided_by = ?, decided_on = ?
                WHERE request_id = ? AND decision IS NULL""")
                .params(decision.name(), reason, by, Date.valueOf(on), requestId).update() == 1;
    }

    private static FeeProposal row(ResultSet rs, int n) throws SQLException {
        String decision = rs.getString("decision");
        Date decidedOn = rs.getDate("decided_on");
        return new FeeProposal(rs.getLong("id"), rs.getString("number"), rs.getInt("amount"), rs.getString("basis"),
                rs.getDate("proposed_on").toLocalDate(), decision == null ? null : FeeDecision.valueOf(decision),
                rs.getString("reason"), rs.getString("decided_by"), decidedOn == null ? null : decidedOn.toLocalDate());
    }
}
