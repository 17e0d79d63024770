"""What assessments keep about an application, for the candidate's data export
(registered with `candidates.data_export` in `AssessmentsConfig.ready`)."""

from assessments.models import Submission, WrittenAnswer


def code_submissions(application) -> list[dict]:
    return [
        {
            "exercise": submission.exercise.slug,
            "submitted_at": submission.created_at.isoformat(),
            "code": submission.code,
            "score": submission.score,
        }
        for submission in Submission.objects.filter(application=application)
        .select_related("exercise")
        .order_by("created_at")
    ]


def written_answers(application) -> list[dict]:
    return [
        {"question": answer.question.slug, "text": answer.text}
        for answer in WrittenAnswer.objects.filter(attempt__application=application)
        .select_related("question")
        .order_by("pk")
    ]
