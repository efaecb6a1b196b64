from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.shortcuts import redirect, render

from conflicts.forms import ArticleImportForm
from conflicts.importing import ImportRejected, import_article, read_upload


@login_required
@permission_required("conflicts.add_article", raise_exception=True)
def import_article_view(request):
    form = ArticleImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            title, text = data["title"], data["text"]
            if data["file"]:
                file_title, text = read_upload(data["file"].read(), data["file"].name)
                title = title or file_title
            result = import_article(
                conflict=data["conflict"],
                title=title,
                text=text,
                url=data["url"],
                outlet=data["outlet"],
                published=data["published"],
                by=request.user,
            )
        except ImportRejected as error:
            form.add_error(None, str(error))
        else:
            if result.created:
                messages.success(
                    request, f"Imported “{result.article.title}” with {result.proposals} proposals for review."
                )
                return redirect("conflicts:review")
            messages.info(request, f"Already imported as “{result.article.title}”; nothing new was created.")
            return redirect("conflicts:import")
    status = 400 if request.method == "POST" else 200
    return render(request, "conflicts/import.html", {"form": form}, status=status)
