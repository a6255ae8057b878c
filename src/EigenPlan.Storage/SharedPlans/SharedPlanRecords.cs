using EigenPlan.Core.Security;
using EigenPlan.Core.SharedPlans;
using LiteDB;

namespace EigenPlan.Storage;

/// <summary>
/// One row of <c>shared_plans</c>: the current shared-plan key wrapped under the Eigen Plan's plan key, and the encrypted plan.
/// Nothing readable: no names, no goals, no participants.
/// </summary>
internal sealed record SharedPlanRecord(PlanId Id, SealedBox WrappedKey, SealedBox Content, DateTime CreatedUtc, DateTime UpdatedUtc)
{
    public const string CollectionName = "shared_plans";

    public BsonDocument ToDocument() => new()
    {
        ["_id"] = Id.Value,
        ["keyNonce"] = WrappedKey.Nonce,
        ["wrappedKey"] = WrappedKey.Ciphertext,
        ["nonce"] = Content.Nonce,
        ["ciphertext"] = Content.Ciphertext,
        ["createdTicks"] = CreatedUtc.Ticks,
        ["updatedTicks"] = UpdatedUtc.Ticks,
    };

    public static SharedPlanRecord? FromDocument(BsonDocument? d) => d is null
        ? null
        : new SharedPlanRecord(
            new PlanId(d["_id"].AsString),
            new SealedBox(d["keyNonce"].AsBinary, d["wrappedKey"].AsBinary),
            new SealedBox(d["nonce"].AsBinary, d["ciphertext"].AsBinary),
            new DateTime(d["createdTicks"].AsInt64, DateTimeKind.Utc),
            new DateTime(d["updatedTicks"].AsInt64, DateTimeKind.Utc));
}

/// <summary>
/// One row of <c>invitations</c>: found by the SHA-256 of the link token (the token itself is never stored), with the
/// invitation's key-encryption key (KEK) wrapped twice — under the token's key (<see cref="InviteeKek"/>) and under the plan
/// key (<see cref="OwnerKek"/>) — and the current shared-plan key wrapped under the KEK (<see cref="SharedKey"/>).
/// Withdrawing deletes all three and keeps the row, so a withdrawn link gets its own clear page and its attempts reach
/// the plan's log.
/// </summary>
internal sealed record InvitationRecord(
    string Id,
    PlanId PlanId,
    string TokenHash,
    string ParticipantId,
    InvitationRole Role,
    DateTime CreatedUtc,
    DateTime? ExpiresUtc,
    DateTime? WithdrawnUtc,
    DateTime? LastUsedUtc,
    SealedBox? InviteeKek,
    SealedBox? OwnerKek,
    SealedBox? SharedKey)
{
    public const string CollectionName = "invitations";

    public InvitationBinding Binding => new(Id, ParticipantId, Role, ExpiresUtc);

    public Invitation ToInvitation() => new(Id, ParticipantId, Role, CreatedUtc, ExpiresUtc, WithdrawnUtc, LastUsedUtc);

    /// <summary>The row after withdrawal: every key copy gone.</summary>
    public InvitationRecord Withdrawn(DateTime nowUtc) => this with { WithdrawnUtc = nowUtc, InviteeKek = null, OwnerKek = null, SharedKey = null };

    public BsonDocument ToDocument()
    {
        var document = new BsonDocument
        {
            ["_id"] = Id,
            ["planId"] = PlanId.Value,
            ["tokenHash"] = TokenHash,
            ["participantId"] = ParticipantId,
            ["role"] = Role.ToString(),
            ["createdTicks"] = CreatedUtc.Ticks,
            ["expiresTicks"] = Ticks(ExpiresUtc),
            ["withdrawnTicks"] = Ticks(WithdrawnUtc),
            ["lastUsedTicks"] = Ticks(LastUsedUtc),
        };
        Put(document, "inviteeKek", InviteeKek);
        Put(document, "ownerKek", OwnerKek);
        Put(document, "sharedKey", SharedKey);
        return document;
    }

    public static InvitationRecord? FromDocument(BsonDocument? d) => d is null
        ? null
        : new InvitationRecord(
            d["_id"].AsString,
            new PlanId(d["planId"].AsString),
            d["tokenHash"].AsString,
            d["participantId"].AsString,
            // A role edited into something unknown gives a binding that no longer opens the key.
            Enum.TryParse<InvitationRole>(d["role"].AsString, out var role) ? role : (InvitationRole)(-1),
            new DateTime(d["createdTicks"].AsInt64, DateTimeKind.Utc),
            Time(d["expiresTicks"]),
            Time(d["withdrawnTicks"]),
            Time(d["lastUsedTicks"]),
            Box(d, "inviteeKek"),
            Box(d, "ownerKek"),
            Box(d, "sharedKey"));

    private static void Put(BsonDocument document, string name, SealedBox? box)
    {
        document[name + "Nonce"] = box?.Nonce;
        document[name] = box?.Ciphertext;
    }

    private static SealedBox? Box(BsonDocument d, string name) =>
        d[name].IsBinary && d[name + "Nonce"].IsBinary ? new SealedBox(d[name + "Nonce"].AsBinary, d[name].AsBinary) : null;

    private static BsonValue Ticks(DateTime? time) => time is { } t ? new BsonValue(t.Ticks) : BsonValue.Null;

    private static DateTime? Time(BsonValue value) => value.IsInt64 ? new DateTime(value.AsInt64, DateTimeKind.Utc) : null;
}
