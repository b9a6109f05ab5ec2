import type { ReviewCommentDTO } from "@/lib/questionnaire/types";

/** An adviser's review comment, shown next to the answer it is about. Dates arrive formatted. */
export function CommentBox({ comment, heading, date }: { comment: ReviewCommentDTO; heading: string; date: string }) {
  return (
    <aside className="mt-3 rounded border-l-4 border-red-700 bg-red-50 px-4 py-3">
      <p className="text-sm font-semibold text-red-900">
        {heading} · {comment.authorName} · {date}
      </p>
      <p className="mt-1 whitespace-pre-line">{comment.body}</p>
    </aside>
  );
}
