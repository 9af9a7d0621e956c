import { coursesApi } from "../../api/courses-api.ts";
import type { Course } from "../../api/courses-types.ts";
import { LoadState } from "../../components/load-state.tsx";
import { useLoad } from "../../components/use-load.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { Link } from "../../router/link.tsx";
import { CourseCard } from "./course-card.tsx";
import "./courses.css";

/** The client's courses on their page: progress, sessions, restrictions, and changing a course. */
export function ClientCoursesPanel({ clientId }: { clientId: string }) {
  const { t } = useI18n();
  const courses = useLoad(`courses:${clientId}`, () => coursesApi.ofClient(clientId));
  const replace = (next: Course) =>
    courses.setData((current) =>
      current ? { items: current.items.map((course) => (course.id === next.id ? next : course)) } : current,
    );
  return (
    <section className="panel courses-panel" aria-labelledby="courses-heading">
      <div className="panel-heading">
        <h2 id="courses-heading">{t("course.title")}</h2>
        <Link className="button" to={`/calendar/book?client=${encodeURIComponent(clientId)}&kind=course`}>
          {t("course.new")}
        </Link>
      </div>
      <LoadState data={courses.data} error={courses.error} loading={courses.loading}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="empty">{t("course.none")}</p>
          ) : (
            <div className="course-list">
              {items.map((course) => (
                <CourseCard key={course.id} course={course} onChanged={replace} />
              ))}
            </div>
          )
        }
      </LoadState>
    </section>
  );
}
