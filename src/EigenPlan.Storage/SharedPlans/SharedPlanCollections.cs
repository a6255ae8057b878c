using EigenPlan.Core.Security;
using LiteDB;

namespace EigenPlan.Storage;

/// <summary>
/// The <c>shared_plans</c> and <c>invitations</c> collections. Part of <see cref="LiteDbDatabase"/> rather than of the
/// shared-plan store, so deleting an Eigen Plan can remove them in its own transaction. Callers of the writes hold the
/// database's write lock.
/// </summary>
internal sealed class SharedPlanCollections
{
    public SharedPlanCollections(LiteDatabase db)
    {
        Plans = db.GetCollection(SharedPlanRecord.CollectionName);
        Invitations = db.GetCollection(InvitationRecord.CollectionName);
        Invitations.EnsureIndex("planId");
        Invitations.EnsureIndex("tokenHash", unique: true);
        Recipients = db.GetCollection(NotificationRecord.CollectionName);
        Recipients.EnsureIndex("planId");
        Recipients.EnsureIndex("invitationId", unique: true);
        Notices = db.GetCollection(EvaluationNoticeRecord.CollectionName);
        Notices.EnsureIndex("planId");
        Notices.EnsureIndex("recipientId");
        Notices.EnsureIndex("notBeforeTicks");
    }

    /// <summary>The people who asked for e-mail (<see cref="NotificationRecord"/>).</summary>
    public ILiteCollection<BsonDocument> Recipients { get; }

    /// <summary>Evaluation notices waiting for those people (<see cref="EvaluationNoticeRecord"/>).</summary>
    public ILiteCollection<BsonDocument> Notices { get; }

    public ILiteCollection<BsonDocument> Plans { get; }

    public ILiteCollection<BsonDocument> Invitations { get; }

    public SharedPlanRecord? FindPlan(PlanId id) => SharedPlanRecord.FromDocument(Plans.FindById(id.Value));

    public InvitationRecord? FindInvitation(string? invitationId) => InvitationRecord.FromDocument(Invitations.FindById(invitationId ?? ""));

    public InvitationRecord? FindInvitationByTokenHash(string tokenHash) =>
        InvitationRecord.FromDocument(Invitations.FindOne(Query.EQ("tokenHash", tokenHash)));

    public List<InvitationRecord> InvitationsOf(PlanId id) =>
        Invitations.Find(Query.EQ("planId", id.Value)).Select(d => InvitationRecord.FromDocument(d)!).ToList();

    /// <summary>Deletes the e-mail opt-in of an invitation with the evaluation notices that wait for it.</summary>
    public void DeleteRecipientsOfInvitation(string invitationId)
    {
        foreach (var recipient in Recipients.Find(Query.EQ("invitationId", invitationId)).ToList())
        {
            DeleteRecipient(recipient["_id"].AsString);
        }
    }

    /// <summary>Deletes one opt-in (its address) with the evaluation notices that wait for it. False when there was none.</summary>
    public bool DeleteRecipient(string recipientId)
    {
        Notices.DeleteMany(Query.EQ("recipientId", recipientId));
        return Recipients.Delete(recipientId);
    }

    /// <summary>Removes the shared plan and all its invitations (with their key copies), e-mail addresses and evaluation notices.</summary>
    public void DeleteForPlan(PlanId id)
    {
        Notices.DeleteMany(Query.EQ("planId", id.Value));
        Recipients.DeleteMany(Query.EQ("planId", id.Value));
        Plans.Delete(id.Value);
        Invitations.DeleteMany(Query.EQ("planId", id.Value));
    }
}
