import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/actions/state";

/**
 * For pages: a query's "not found / not allowed" (NotFoundError) becomes the 404 page. Any other error
 * stays an error. (Layouts and pages render in parallel, so a page cannot rely on its layout's check.)
 */
export async function found<T>(query: Promise<T>): Promise<T> {
  try {
    return await query;
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}
